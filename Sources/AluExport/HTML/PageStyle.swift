/// The one stylesheet of every packet page, inline in `<style>` and allowed by the
/// page's Content-Security-Policy through its SHA-256 hash (``InlineSource``).
///
/// Layout rules that keep every page inside its width at 1280 and 390 px and in any
/// script: label/value pairs stack (`dt` above `dd`) inside grids of auto-fit
/// columns with `min(100%, …)` minimums, every grid and flex item has
/// `min-width: 0`, and long words (URLs, e-mail addresses, German compounds) break
/// anywhere rather than overflow (in tables only between letters of a word too long
/// for its column, so a narrow column is not crushed to one letter a line); the
/// match tables stack each row on a phone. Directions are logical (`start`, `inline-start`),
/// so right-to-left pages mirror without their own rules; the one exception is the
/// bar of a chart, drawn by SVG from the left and flipped on a right-to-left page,
/// and list indents (`padding-inline-start` is valid CSS, but the Nu HTML checker's
/// CSS validator does not know it yet, and the pages must pass that checker).
/// No `style` attribute anywhere: the hash allows this element's text only.
package enum PageStyle {
    package static let css = """
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { font-family: system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", Arial, sans-serif; margin: 0 auto; max-width: 72rem; padding: 0 1rem 2rem; color: #1c2330; line-height: 1.5; overflow-wrap: anywhere; }
    a { color: #1d5a87; }
    nav.languages { border-bottom: 1px solid #cfd6e0; padding: .5rem 0; }
    nav.languages ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.2rem; }
    nav.languages li { min-width: 0; }
    nav.languages [aria-current] { font-weight: 700; }
    header { border-bottom: 3px solid #2f6f9f; margin-bottom: 1rem; }
    .kicker { text-transform: uppercase; letter-spacing: .08em; color: #2f6f9f; margin: .8rem 0 0; font-size: .9rem; }
    .kicker:lang(ar) { letter-spacing: normal; }
    h1 { margin: .2rem 0 .5rem; font-size: 1.9rem; line-height: 1.25; }
    .generated, .muted, .marker, .legal { color: #5a6475; font-size: .9rem; }
    section { margin: 1.5rem 0; min-width: 0; }
    dl { margin: .5rem 0; }
    dl > div { min-width: 0; margin: 0 0 .5rem; }
    dt { font-weight: 600; color: #3d4757; font-size: .9rem; }
    dd { margin: 0; min-width: 0; }
    dd p, dd ul { margin: 0; }
    dd ul { padding: 0 0 0 1.2rem; }
    [dir="rtl"] dd ul { padding: 0 1.2rem 0 0; }
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr)); gap: .5rem 1.5rem; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: 1rem; }
    article { border: 1px solid #cfd6e0; border-radius: .4rem; padding: .8rem; min-width: 0; }
    article[hidden] { display: none; }
    article h3 { margin: 0 0 .2rem; }
    .legal { margin: 0 0 .4rem; }
    .contact + .contact { margin-top: .6rem; }
    .person { font-weight: 600; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border-bottom: 1px solid #cfd6e0; padding: .3rem .5rem; text-align: start; vertical-align: top; overflow-wrap: break-word; }
    td.rank, td.score { white-space: nowrap; }
    .chart { margin: 1rem 0; min-width: 0; }
    .chart figcaption { font-weight: 600; margin-bottom: .4rem; }
    .bars { list-style: none; margin: 0; padding: 0; }
    .bars li { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) 2.5rem; gap: .1rem .6rem; align-items: center; padding: .15rem 0; }
    .bar-label { min-width: 0; }
    .bar { display: block; width: 100%; height: .9rem; }
    .bar rect { fill: #2f6f9f; }
    [dir="rtl"] .bar { transform: scaleX(-1); }
    .bar-value { text-align: end; font-variant-numeric: tabular-nums; }
    .finder { border: 1px solid #cfd6e0; border-radius: .4rem; padding: .8rem; margin: 0 0 1rem; background: #f5f8fb; }
    .finder[hidden], .finder-none[hidden] { display: none; }
    .finder h3 { margin: 0 0 .5rem; }
    .finder-fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr)); gap: .6rem 1rem; }
    .finder-fields > div { min-width: 0; }
    .finder label { display: block; font-weight: 600; font-size: .9rem; }
    .finder input, .finder select { display: block; width: 100%; max-width: 100%; font: inherit; padding: .3rem; }
    .finder-status { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: .6rem 0 0; }
    .finder-status p { margin: 0; }
    .finder button { font: inherit; padding: .2rem .8rem; }
    .languages-choice { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: 1rem; }
    .languages-choice li { border: 1px solid #cfd6e0; border-radius: .4rem; padding: .8rem; min-width: 0; }
    .languages-choice h2 { margin: 0 0 .3rem; font-size: 1.3rem; }
    .languages-choice p { margin: .2rem 0; }
    @media (max-width: 40rem) {
      h1 { font-size: 1.5rem; }
      .bars li { grid-template-columns: minmax(0, 1fr) 2.5rem; }
      .bar-label { grid-column: 1 / -1; }
      th, td { padding: .3rem .25rem; }
      table.ranked thead { display: none; }
      table.ranked, table.ranked tbody { display: block; }
      table.ranked tr { display: grid; grid-template-columns: auto minmax(0, 1fr) auto; gap: .1rem .6rem; border-bottom: 1px solid #cfd6e0; padding: .4rem 0; }
      table.ranked td { border: 0; padding: 0; min-width: 0; }
      table.ranked td.reasons { grid-column: 1 / -1; }
      table.ranked td.score::before, table.ranked td.reasons::before { content: attr(data-label) ": "; font-weight: 600; }
    }

    """
}
