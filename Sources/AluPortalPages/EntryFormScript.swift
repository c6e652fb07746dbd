/// The entry form's one script: a search box over the capability tree. The form works
/// without it (the tree is plain checkboxes in `<details>`); with it, typing narrows the
/// tree to the capabilities whose name contains the words, accents and case aside, and
/// opens the groups that hold them. Its words come from the page (`data-*` attributes
/// written from the message tables), so the script holds none. Served from our origin
/// (the CSP allows `script-src 'self'` only): no inline script.
public enum EntryFormScript {
    public static let path = "/assets/entry-form.js"

    public static let source = #"""
    // AluCat — search over the entry form's capability tree. The form works without it.
    (function () {
      'use strict';
      var box = document.querySelector('.capability-search');
      if (!box) { return; }
      var fold = function (text) {
        return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      };
      var each = function (list, f) { Array.prototype.forEach.call(list, f); };
      var label = document.createElement('label');
      label.htmlFor = 'capability-search-input';
      label.textContent = box.getAttribute('data-label');
      var input = document.createElement('input');
      input.type = 'search';
      input.id = 'capability-search-input';
      input.autocomplete = 'off';
      var status = document.createElement('p');
      status.className = 'hint';
      status.setAttribute('role', 'status');
      box.appendChild(label);
      box.appendChild(input);
      box.appendChild(status);
      box.hidden = false;
      var groups = box.parentNode.querySelectorAll('details');
      each(groups, function (d) { d.setAttribute('data-was-open', d.open ? '1' : '0'); });
      var name = function (li) {
        var choice = li.querySelector('.choice');
        return choice ? fold(choice.textContent) : '';
      };
      input.addEventListener('input', function () {
        var words = fold(input.value).split(/\s+/).filter(function (w) { return w.length > 0; });
        var hits = function (text) { return words.every(function (w) { return text.indexOf(w) >= 0; }); };
        var found = 0;
        each(groups, function (d) {
          var any = false;
          each(d.querySelectorAll('ul.tree > li'), function (area) {
            var areaHit = hits(name(area));
            var childHit = false;
            each(area.querySelectorAll('ul li'), function (child) {
              var hit = areaHit || hits(name(child));
              child.hidden = !hit;
              if (hit && words.length > 0) { childHit = true; found += 1; }
            });
            area.hidden = !(areaHit || childHit);
            if (areaHit && words.length > 0) { found += 1; }
            if (!area.hidden) { any = true; }
          });
          d.hidden = !any;
          d.open = words.length > 0 ? any : d.getAttribute('data-was-open') === '1';
        });
        status.textContent = words.length > 0 ? box.getAttribute('data-found').replace('{count}', String(found)) : '';
      });
    })();
    """#
}
