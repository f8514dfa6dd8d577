/// The style sheet of HTML exports, inlined so the page reads with no network: system fonts,
/// a readable measure, code and output blocks, errors, tables, and code colours close to
/// Jupyter's. Prints well and follows a dark colour scheme when the reader uses one.
enum HTMLStyle {
    static let css = """
    :root { --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --code-bg: #f6f8fa; --border: #d1d9e0;
      --out-bg: #ffffff; --err-bg: #fff0f0; --err-fg: #a40e26; --k: #8839ef; --c: #0550ae; --b: #0a7f7a;
      --s: #0a3069; --n: #0550ae; --co: #6e7781; --f: #953800; --link: #0969da; }
    @media (prefers-color-scheme: dark) {
      :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --code-bg: #151b23; --border: #3d444d;
        --out-bg: #0d1117; --err-bg: #2d1418; --err-fg: #ff8182; --k: #d2a8ff; --c: #79c0ff; --b: #56d4dd;
        --s: #a5d6ff; --n: #79c0ff; --co: #8b949e; --f: #ffa657; --link: #4493f8; }
    }
    * { box-sizing: border-box; }
    body { margin: 0; background: var(--bg); color: var(--fg);
      font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
    main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
    h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.6em; }
    h1 { font-size: 2em; border-bottom: 1px solid var(--border); padding-bottom: 0.3em; }
    h2 { font-size: 1.5em; border-bottom: 1px solid var(--border); padding-bottom: 0.3em; }
    a { color: var(--link); }
    code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.875em; }
    :not(pre) > code { background: var(--code-bg); padding: 0.15em 0.35em; border-radius: 4px; }
    pre { margin: 0; padding: 0.75rem 1rem; overflow-x: auto; line-height: 1.45; white-space: pre; }
    pre.code { background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px; margin: 1em 0; }
    pre.output { background: var(--out-bg); border-left: 3px solid var(--border); margin: 0.5em 0 1em; }
    pre.error { background: var(--err-bg); color: var(--err-fg); border-left: 3px solid var(--err-fg); margin: 0.5em 0 1em; }
    .cell { position: relative; margin: 1.25rem 0; }
    .cell.code pre.code { margin: 0; }
    .cell .count { position: absolute; left: -4.5rem; width: 4rem; text-align: right; color: var(--muted);
      font: 0.75rem/2.6 ui-monospace, monospace; }
    @media (max-width: 70rem) { .cell .count { position: static; display: block; text-align: left; line-height: 1.5; } }
    .outputs > :first-child { margin-top: 0.5em; }
    figure.plot { margin: 0.5em 0 1em; }
    figure.plot svg { max-width: 100%; height: auto; background: #ffffff; border-radius: 4px; }
    blockquote { margin: 1em 0; padding: 0 1em; color: var(--muted); border-left: 0.25em solid var(--border); }
    table { border-collapse: collapse; margin: 1em 0; display: block; overflow-x: auto; }
    th, td { border: 1px solid var(--border); padding: 0.35em 0.8em; }
    th { background: var(--code-bg); }
    hr { border: 0; border-top: 1px solid var(--border); margin: 2em 0; }
    img { max-width: 100%; }
    .math { font-family: "Latin Modern Math", "STIX Two Math", "Cambria Math", serif; }
    div.math { margin: 1em 0; overflow-x: auto; white-space: pre-wrap; text-align: center; }
    .k { color: var(--k); font-weight: 600; } .c { color: var(--c); } .b { color: var(--b); }
    .s { color: var(--s); } .n { color: var(--n); } .co { color: var(--co); font-style: italic; } .f { color: var(--f); }
    footer { color: var(--muted); font-size: 0.8rem; text-align: center; padding: 1rem; }
    @media print { .cell { break-inside: avoid; } pre { white-space: pre-wrap; } }
    """
}
