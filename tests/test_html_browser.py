"""The graph page in a real headless Chromium with every network request blocked.

Checks what a reader gets: vis-network holds exactly the graph's entities,
claims and relations; the page asks for nothing outside itself; no console
errors; a script-like label stays text, also in its tooltip; search, filters
and a 2,000-node graph work. Chromium comes from Debian (``apt-get install -y
chromium``); without it these tests skip, except under CI=true, where they fail.
The browser is driven by ``scripts/screenshot_graph.py``'s ``Chromium``.
"""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from kg.formats import read_graph
from kg.html import write_html

ROOT = Path(__file__).resolve().parents[1]

#: The graphs drawn in the browser: the hand-written sample always, the seeds
#: graph of `kg build seeds -o out` when it has been built.
BROWSER_GRAPHS = [ROOT / "tests" / "data" / "sample.ttl"]
SEEDS_GRAPH = ROOT / "out" / "graph.ttl"
if SEEDS_GRAPH.is_file():
    BROWSER_GRAPHS.append(SEEDS_GRAPH)

#: Generous bound for slow CI runners; a desktop settles 2,000 nodes in ~1-2 s.
SETTLE_LIMIT_MS = 10_000


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


shot = _load("kg_screenshot_graph", ROOT / "scripts" / "screenshot_graph.py")
helpers = _load("kg_test_html_helpers", Path(__file__).with_name("test_html.py"))


@pytest.fixture(scope="module")
def browser():
    binary = shot.find_chromium()
    if binary is None:
        reason = ("Chromium not found (looked at $CHROMIUM and "
                  f"{', '.join(shot.CHROMIUM_CANDIDATES)}); apt-get install -y chromium")
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    with shot.Chromium(binary, width=1400, height=900) as chromium:
        yield chromium


def _offline_report_ok(report) -> None:
    outside = [u for u in report.requests if not u.startswith(("file:", "data:"))]
    assert outside == [], f"the page asked for outside resources: {outside}"
    assert report.console_errors == [], report.console_errors
    assert report.exceptions == [], report.exceptions
    assert report.dialogs == [], f"a dialog opened: {report.dialogs}"


@pytest.fixture(scope="module", params=BROWSER_GRAPHS, ids=lambda p: p.parent.name + "/" + p.name)
def drawn(request, browser, tmp_path_factory):
    """One graph with an injected XSS entity, drawn and opened in Chromium."""
    graph = read_graph(request.param)
    xss = str(helpers.add_xss_entity(graph))
    page = tmp_path_factory.mktemp("browser") / "graph.html"
    write_html(graph, page)
    report = browser.open(page)
    return graph, xss, page, report


def test_html_browser_holds_exactly_the_graph(browser, drawn):
    graph, _xss, _page, report = drawn
    _offline_report_ok(report)
    nodes, edges = helpers.expected_drawing(graph)
    held_nodes = browser.evaluate("kgGraph.network.body.data.nodes.getIds()")
    held_edges = browser.evaluate(
        "kgGraph.network.body.data.edges.get().map(e => [e.from, e.kgProp, e.to])")
    assert sorted(held_nodes) == sorted(nodes)
    assert sorted(map(tuple, held_edges)) == sorted(edges)
    # drawn, not just held: every node has a position on the settled canvas
    positions = browser.evaluate("kgGraph.network.getPositions()")
    assert set(positions) == nodes
    assert browser.evaluate("kgGraph.network.physics.options.enabled") is False
    painted = browser.evaluate("""(() => {
        const c = document.querySelector('#kg-graph canvas');
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < px.length; i += 4) { if (px[i] > 0) n++; }
        return n; })()""")
    assert painted > 1000


def test_html_browser_script_like_label_stays_text(browser, drawn):
    _graph, xss, _page, report = drawn
    _offline_report_ok(report)
    assert browser.evaluate(f"kgGraph.nodes.get({xss!r}).label") == helpers.XSS_LABEL
    assert browser.evaluate("window.__kgPwned") is None
    assert browser.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    # hover the node: vis-network shows the tooltip element the page built
    browser.evaluate(f"kgGraph.network.focus({xss!r}, {{scale: 1}}), true")
    x, y = browser.evaluate(
        f"(p => {{ const d = kgGraph.network.canvasToDOM(p); "
        f"const r = document.querySelector('#kg-graph').getBoundingClientRect(); "
        f"return [d.x + r.left, d.y + r.top]; }})(kgGraph.network.getPosition({xss!r}))")
    for dx in (0, 1, 0):
        browser.mouse_move(x + dx, y)
    browser.evaluate("new Promise(r => setTimeout(r, 600))")
    tooltip = browser.evaluate("""(() => { const t = document.querySelector('div.vis-tooltip');
        return t && t.style.visibility !== 'hidden' ?
          [t.textContent, t.querySelectorAll('*:not(div):not(dl):not(dt):not(dd):not(ul):not(li)'
            + ':not(blockquote)').length] : null; })()""")
    assert tooltip is not None, "hovering the node showed no tooltip"
    text, foreign_elements = tooltip
    assert helpers.XSS_LABEL in text and helpers.XSS_ALT in text and helpers.XSS_TITLE in text
    assert foreign_elements == 0
    _offline_report_ok(browser.report())


def test_html_browser_search_focuses_a_node(browser, drawn):
    _graph, xss, _page, _report = drawn
    label = browser.evaluate(f"kgGraph.nodes.get({xss!r}).label")
    browser.evaluate(f"""(() => {{ const i = document.getElementById('kg-search-input');
        i.value = {label.upper()!r}; document.getElementById('kg-search').requestSubmit();
        return true; }})()""")
    assert browser.evaluate("kgGraph.network.getSelectedNodes()") == [xss]
    browser.evaluate("""(() => { const i = document.getElementById('kg-search-input');
        i.value = 'zz-no-such-name'; document.getElementById('kg-search').requestSubmit();
        return true; })()""")
    assert "No drawn node matches" in browser.evaluate(
        "document.getElementById('kg-search-status').textContent")


def test_html_browser_filters_by_class_and_property(browser, drawn):
    _graph, _xss, _page, _report = drawn
    total_nodes = browser.evaluate("kgGraph.nodeView.length")
    persons = browser.evaluate("kgGraph.nodes.get({filter: n => n.kgClass === 'Person'}).length")
    toggle = ("(v => {{ document.querySelector('#{list} input[value=\"' + v + '\"]').click();"
              " return true; }})({value!r})")
    browser.evaluate(toggle.format(list="kg-classes", value="Person"))
    assert browser.evaluate("kgGraph.nodeView.length") == total_nodes - persons
    browser.evaluate(toggle.format(list="kg-classes", value="Person"))
    assert browser.evaluate("kgGraph.nodeView.length") == total_nodes
    prop = browser.evaluate("kgGraph.edges.get()[0].kgProp")
    same = browser.evaluate(f"kgGraph.edges.get({{filter: e => e.kgProp === {prop!r}}}).length")
    total_edges = browser.evaluate("kgGraph.edgeView.length")
    browser.evaluate(toggle.format(list="kg-properties", value=prop))
    assert browser.evaluate("kgGraph.edgeView.length") == total_edges - same
    browser.evaluate(toggle.format(list="kg-properties", value=prop))
    legend = browser.evaluate("[...document.querySelectorAll('#kg-classes label')]"
                              ".map(l => l.textContent)")
    assert any(entry.startswith("\u25cfPerson") for entry in legend)


def test_html_browser_focus_and_max_nodes_page(browser, tmp_path):
    graph = read_graph(BROWSER_GRAPHS[0])
    page = tmp_path / "focus.html"
    summary = write_html(graph, page, focus="Elon Musk", hops=1, max_nodes=2)
    report = browser.open(page)
    _offline_report_ok(report)
    assert browser.evaluate("kgGraph.network.body.data.nodes.length") == summary.nodes_drawn == 2
    notes = browser.evaluate("document.getElementById('kg-notes').textContent")
    assert "neighbourhood of Elon Musk (3 nodes)" in notes
    assert "best-connected (nearest first) of 3 nodes" in notes and "6 of 8 nodes left out" in notes
    assert browser.evaluate("document.querySelectorAll('#kg-left-out li').length") == 6
    assert browser.evaluate("kgGraph.network.getSelectedNodes()") == [
        "https://w3id.org/kg/id/elon-musk"]


def test_html_browser_2000_nodes_settle_in_seconds(browser, tmp_path):
    page = tmp_path / "big.html"
    write_html(helpers.synthetic_graph(2000), page)
    report = browser.open(page, timeout=60)
    _offline_report_ok(report)
    settle_ms = browser.evaluate("kgGraph.settleMs")
    assert settle_ms < SETTLE_LIMIT_MS, f"2,000 nodes took {settle_ms} ms to settle"
    assert browser.evaluate("kgGraph.network.body.data.nodes.length") == 2000
    assert browser.evaluate("kgGraph.network.physics.options.enabled") is False
    png = browser.screenshot()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000
