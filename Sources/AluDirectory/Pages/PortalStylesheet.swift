/// The directory's one stylesheet, served as a file (`/assets/portal.css`): the pages
/// carry no `style` attribute or element and no script, so a Content-Security-Policy
/// of `default-src 'self'` holds.
///
/// Logical properties only (`margin-inline-start`, `text-align: start`…), so the Arabic
/// page mirrors itself; colours keep at least 4.5:1 against their background (text
/// #1b1f24 on #fff is 16:1, links #0a4d8c 8.6:1, muted #4d5560 7.4:1, header text
/// #fff on #14365c 12:1); every focusable thing shows a 3 px outline; long words wrap
/// (`overflow-wrap: anywhere`) so nothing scrolls sideways at 360 px.
public enum PortalStylesheet {
    /// Where the pages link it; the server serves ``css`` there.
    public static let path = "/assets/portal.css"

    public static let css = """
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0; color: #1b1f24; background: #fff;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Helvetica Neue", Arial, sans-serif;
      font-size: 1rem; line-height: 1.55; overflow-wrap: anywhere;
    }
    :lang(ar) { line-height: 1.75; }
    a { color: #0a4d8c; text-underline-offset: 0.15em; }
    a:hover { color: #062f57; }
    :focus-visible { outline: 3px solid #0a4d8c; outline-offset: 2px; border-radius: 2px; }
    main:focus { outline: none; }
    h1, h2, h3 { line-height: 1.25; margin-block: 1.2em 0.5em; }
    h1 { font-size: 1.75rem; }
    h2 { font-size: 1.3rem; }
    h3 { font-size: 1.05rem; }
    p { margin-block: 0.5em; }
    ul, ol { padding-inline-start: 1.25rem; }

    .skip {
      position: absolute; inset-inline-start: 0.5rem; inset-block-start: -10rem; z-index: 10;
      padding: 0.5rem 1rem; background: #fff; color: #0a4d8c; border: 2px solid #0a4d8c;
    }
    .skip:focus { inset-block-start: 0.5rem; }

    .site-header {
      background: #14365c; color: #fff;
      display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem;
      padding: 0.75rem max(1rem, calc((100% - 72rem) / 2 + 1rem));
    }
    .site-header a { color: #fff; }
    .site-header a:hover { color: #dbe8f5; }
    .site-header :focus-visible { outline-color: #ffd166; }
    .site-name { margin: 0; font-weight: 700; font-size: 1.1rem; }
    .site-name a { text-decoration: none; }
    .languages ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; }
    .languages a { display: inline-block; padding-block: 0.25rem; }
    .languages a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 2px; }

    main { display: block; max-width: 72rem; margin-inline: auto; padding: 0.5rem 1rem 2rem; }
    .site-footer { border-block-start: 1px solid #c9ced6; color: #4d5560; font-size: 0.9rem; }
    .site-footer p { max-width: 72rem; margin-inline: auto; padding: 1rem; }
    .intro { color: #4d5560; margin-block-start: 0; }

    .search label { display: block; font-weight: 600; margin-block-end: 0.35rem; }
    .search-row { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    .search input[type="search"] {
      flex: 1 1 9rem; min-width: 0; font: inherit; padding: 0.5rem 0.65rem;
      border: 2px solid #5b6470; border-radius: 4px; color: inherit; background: #fff;
    }
    .search button {
      font: inherit; font-weight: 600; padding: 0.5rem 1.25rem; border: 2px solid #0a4d8c; border-radius: 4px;
      background: #0a4d8c; color: #fff; cursor: pointer;
    }
    .search button:hover { background: #062f57; border-color: #062f57; }

    .layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem; margin-block-start: 1rem; }
    /* Results first, facets after them at the inline end: the order on screen is the
       order in the document, so focus never jumps back and forth. */
    @media (min-width: 52rem) {
      .layout { grid-template-columns: minmax(0, 1fr) 17rem; gap: 2.5rem; }
      .to-facets { display: none; }
    }

    .facets h2 { margin-block-start: 0.5rem; }
    .facet ul { list-style: none; padding-inline-start: 0; margin-block: 0.25rem; }
    .facet ul ul { padding-inline-start: 1rem; border-inline-start: 2px solid #c9ced6; margin-inline-start: 0.25rem; }
    /* A value and its count side by side (the count never wraps alone onto a line of
       its own); a child list of the capability tree below them, across. */
    .facet li { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 0.4rem; }
    .facet li > a, .facet li > .value { max-width: calc(100% - 3.5rem); padding-block: 0.2rem; }
    .facet li > ul { flex-basis: 100%; }
    .facet a { text-decoration: none; }
    .facet a:hover .value, .facet a:focus-visible .value { text-decoration: underline; }
    .facet .count, .empty .count {
      display: inline-block; min-width: 1.75rem; padding-inline: 0.35rem; border-radius: 0.75rem;
      background: #eef1f5; color: #3d444d; font-size: 0.85rem; text-align: center;
    }
    .facet .chosen > .value { font-weight: 700; }
    .facet details summary { cursor: pointer; color: #0a4d8c; text-decoration: underline; }
    .tree-root { margin-block: 0.25rem; }

    .results h2 { margin-block-start: 0.5rem; }
    .page-of { color: #4d5560; }
    .active-filters { background: #f4f6f9; border: 1px solid #c9ced6; border-radius: 6px; padding: 0.5rem 1rem; }
    .active-filters h3 { margin-block: 0.25rem; font-size: 1rem; }
    .active-filters ul { list-style: none; padding: 0; margin: 0.25rem 0; }
    .active-filters li { margin-block: 0.3rem; }
    .filter-name { color: #4d5560; }
    .filter-name::after { content: ":"; }
    :lang(fr) .filter-name::after { content: "\\00a0:"; }
    .filter-value { font-weight: 600; }
    .remove { margin-inline-start: 0.5rem; }
    .remove, .to-facets a, .back a, .clear-all a, .tree-root a, .downloads a, .empty li a, .claims a, .inline a {
      display: inline-block; padding-block: 0.2rem;
    }

    .cards { list-style: none; padding: 0; margin: 1rem 0; }
    .card { border-block-end: 1px solid #dde1e6; padding-block: 0.75rem; }
    .card h3 { margin-block: 0 0.25rem; font-size: 1.15rem; }
    .card .meta, .card .matched { margin-block: 0.2rem; color: #3d444d; font-size: 0.95rem; }
    .card .matched .label, .label { color: #4d5560; }
    .card .summary { margin-block: 0.35rem 0; }
    /* A city or region marked as such moves to the next line whole (not
       "Saguenay–Lac-" here and "Saint-Jean" there, worse still right to left). */
    .card .meta > bdi, .card .meta > .place, .facts dd > bdi, .facts dd > .place { display: inline-block; max-width: 100%; }

    .pagination ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35rem; margin-block: 1rem; }
    .pagination a { display: inline-block; min-width: 2.5rem; padding: 0.35rem 0.6rem; text-align: center; border: 1px solid #c9ced6; border-radius: 4px; }
    .pagination a[aria-current="page"] { background: #0a4d8c; color: #fff; border-color: #0a4d8c; font-weight: 700; }
    .pagination .gap { padding: 0.35rem 0.2rem; }

    .downloads { margin-block-start: 1.5rem; padding-block-start: 0.5rem; border-block-start: 1px solid #dde1e6; }
    .downloads ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }

    .empty { background: #f4f6f9; border-radius: 6px; padding: 0.5rem 1rem; }

    .back { margin-block-start: 1rem; }
    .facts { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.25rem 1.5rem; margin-block: 1rem; }
    @media (min-width: 40rem) { .facts { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
    .facts div { padding-block: 0.35rem; border-block-end: 1px solid #eef1f5; }
    .facts dt { color: #4d5560; font-size: 0.9rem; }
    .facts dd { margin: 0; font-weight: 600; }
    .supplier section { margin-block-start: 1.5rem; }
    .supplier h2 { border-block-end: 2px solid #14365c; padding-block-end: 0.2rem; }
    .description { max-width: 45rem; }
    .claims li, .equipment li, .certifications li { margin-block: 0.35rem; }
    .claims .area { color: #4d5560; }
    .roles, .code { color: #3d444d; font-size: 0.92rem; }
    .claims .roles::before { content: "— "; }
    .references { list-style: none; padding: 0; }
    .references > li { border-inline-start: 3px solid #c9ced6; padding-inline-start: 0.75rem; margin-block: 0.75rem; }
    .references p { margin-block: 0.15rem; }
    ul.inline { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
    .contacts { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); gap: 1rem; }
    .contacts > li { border: 1px solid #dde1e6; border-radius: 6px; padding: 0.5rem 0.85rem; }
    .contacts p { margin-block: 0.2rem; }
    .contact-name { font-weight: 700; }

    @media (max-width: 30rem) {
      h1 { font-size: 1.45rem; }
      .site-header { padding-inline: 1rem; }
    }
    @media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto; } }
    @media print { .site-header nav, .search, .facets, .pagination, .skip { display: none; } }

    """
}
