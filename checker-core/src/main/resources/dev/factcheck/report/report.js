// Filters the claims by verdict. The page reads the same without it.
(function () {
  'use strict';
  var buttons = Array.prototype.slice.call(document.querySelectorAll('.filters button'));
  var claims = Array.prototype.slice.call(document.querySelectorAll('section.claim'));
  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      var show = button.getAttribute('data-show');
      claims.forEach(function (claim) {
        var filters = claim.getAttribute('data-filter').split(' ');
        claim.hidden = show !== 'all' && filters.indexOf(show) < 0;
      });
      buttons.forEach(function (other) {
        other.setAttribute('aria-pressed', String(other === button));
      });
    });
  });
})();
document.body.setAttribute('data-script', 'ready');
