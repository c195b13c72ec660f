package dev.factcheck.extract;

import java.util.Arrays;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * What one word contributes to the tag sums of the part-of-speech model wherever it stands: the sums of its own
 * features ({@code def}, its suffixes and prefixes of up to four characters, {@code w=} and the word in lower case,
 * added to the prior in that order), and the weights of the features it gives a word one or two before or after it
 * ({@code n1w=}, {@code n2w=}, {@code p1w=}, {@code p2w=}) and of its shape ({@code wc=}, then {@code w&c=} with the
 * word); null where the model does not know the feature. Made once per word a tagger meets; immutable once made.
 * Internal.
 */
final class WordWeights {
    private static final int AFFIX_LENGTH = 4;

    private final double[] own;
    private final Context oneBefore;
    private final Context twoBefore;
    private final Context oneAfter;
    private final Context twoAfter;
    private final Context shape;
    private final Context wordAndShape;

    private WordWeights(
            double[] own,
            Context oneBefore,
            Context twoBefore,
            Context oneAfter,
            Context twoAfter,
            Context shape,
            Context wordAndShape) {
        this.own = own;
        this.oneBefore = oneBefore;
        this.twoBefore = twoBefore;
        this.oneAfter = oneAfter;
        this.twoAfter = twoAfter;
        this.shape = shape;
        this.wordAndShape = wordAndShape;
    }

    static WordWeights of(String word, TaggerModel model) {
        double[] own = new double[model.outcomes().length];
        Arrays.fill(own, model.uniformPrior());
        TaggerModel.add(own, model.feature("def"));
        int affixes = Math.min(AFFIX_LENGTH, word.length());
        for (int length = 1; length <= affixes; length++) {
            TaggerModel.add(own, model.feature("suf=" + word.substring(word.length() - length)));
        }
        for (int length = 1; length <= affixes; length++) {
            TaggerModel.add(own, model.feature("pre=" + word.substring(0, length)));
        }
        String lower = StringUtil.toLowerCase(word);
        String shape = FeatureGeneratorUtil.tokenFeature(word);
        TaggerModel.add(own, model.feature("w=" + lower));
        return new WordWeights(
                own,
                model.feature("p1w=" + lower),
                model.feature("p2w=" + lower),
                model.feature("n1w=" + lower),
                model.feature("n2w=" + lower),
                model.feature("wc=" + shape),
                model.feature("w&c=" + lower + "," + shape));
    }

    /** The sums of the word's own features, the prior included; not to be changed. */
    double[] own() {
        return own;
    }

    Context oneBefore() {
        return oneBefore;
    }

    Context twoBefore() {
        return twoBefore;
    }

    Context oneAfter() {
        return oneAfter;
    }

    Context twoAfter() {
        return twoAfter;
    }

    Context shape() {
        return shape;
    }

    Context wordAndShape() {
        return wordAndShape;
    }
}
