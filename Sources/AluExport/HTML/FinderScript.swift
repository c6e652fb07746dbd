/// The landing page's one script: the offline search and filters over the supplier
/// cards (see ``HTMLIndexPage`` `finderSection`).
///
/// It reads nothing but the page: each card carries its facets in `data-` attributes
/// (`data-area="|smelting.carbon|…|"`) and its searchable text in `data-search`; the
/// script shows the hidden search panel, then on every keystroke or choice hides the
/// cards that do not match — every word typed (case, accents and Arabic vowel marks
/// ignored) in the card's text, and every chosen facet among the card's. No network,
/// no storage, no other file: it works from `file://`. Without JavaScript the panel
/// stays hidden and every card shows.
///
/// The text holds no `<` and no `&`, so the page still parses as XML without a
/// CDATA section, and it is allowed by the Content-Security-Policy through its hash
/// alone (``InlineSource``): changing one byte here changes the hash with it.
package enum FinderScript {
    package static let source = """

    (function () {
      "use strict";
      var finder = document.getElementById("finder");
      var box = document.getElementById("finder-text");
      var count = document.getElementById("finder-count");
      var none = document.getElementById("finder-none");
      var reset = document.getElementById("finder-reset");
      if (!finder || !box || !count || !none || !reset) { return; }
      var selects = Array.prototype.slice.call(finder.querySelectorAll("select"));
      var cards = Array.prototype.slice.call(document.querySelectorAll("article[data-search]"));
      function fold(text) {
        return text.normalize("NFD").replace(/[\\u0300-\\u036f\\u064b-\\u065f\\u0670]/g, "").toLowerCase();
      }
      var texts = cards.map(function (card) { return fold(card.getAttribute("data-search") || ""); });
      function hasFacet(card, select) {
        if (select.value === "") { return true; }
        return (card.getAttribute("data-" + select.name) || "").indexOf("|" + select.value + "|") !== -1;
      }
      function update() {
        var words = fold(box.value).split(/\\s+/).filter(function (word) { return word.length !== 0; });
        var shown = 0;
        cards.forEach(function (card, index) {
          var visible = words.every(function (word) { return texts[index].indexOf(word) !== -1; });
          if (visible) { visible = selects.every(function (select) { return hasFacet(card, select); }); }
          card.hidden = !visible;
          if (visible) { shown += 1; }
        });
        count.textContent = (count.getAttribute("data-template") || "").replace("{shown}", String(shown)).replace("{total}", String(cards.length));
        none.hidden = shown !== 0;
      }
      box.addEventListener("input", update);
      selects.forEach(function (select) { select.addEventListener("change", update); });
      reset.addEventListener("click", function () {
        box.value = "";
        selects.forEach(function (select) { select.value = ""; });
        update();
        box.focus();
      });
      finder.hidden = false;
      update();
    }());

    """
}
