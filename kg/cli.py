"""The `kg` command line: a thin click layer over the library.

Each command parses its options, calls one library function and prints the
result. Library errors (``KGError``) become one line on stderr and exit 1.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from kg.errors import KGError


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING
    if quiet:
        level = logging.ERROR
    elif verbose >= 2:
        level = logging.DEBUG
    elif verbose == 1:
        level = logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)


class _KGGroup(click.Group):
    """Turns every ``KGError`` into one clear line and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as err:
            click.echo(f"Error: {err}", err=True)
            ctx.exit(1)


@click.group(cls=_KGGroup)
@click.version_option(package_name="kg")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Build, query and draw knowledge graphs from German news articles.

    Example: kg build seeds -o out
    """
    ctx.obj = {"quiet": quiet}
    _setup_logging(verbose, quiet)


# --- commands are registered below, one block each --------------------------

@main.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", default="out", show_default=True, type=click.Path(path_type=Path),
              help="Output folder for graph.ttl (and the other formats) and graph.html.")
@click.option("--model", default=None, help="spaCy pipeline name or directory (default: kg's own de_kg).")
@click.option("--format", "formats", default="ttl", show_default=True,
              help="Comma-separated graph formats: ttl, nt, trig, jsonld, graphml.")
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option("--explain", is_flag=True, help="List the page furniture dropped from each article.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors (same as kg -q build).")
@click.option("-v", "--verbose", count=True, help="More log output (same as kg -v build).")
@click.pass_context
def build_cmd(ctx, inputs, out_dir, model, formats, no_html, explain, quiet, verbose):
    """Build a knowledge graph from article files and folders (.txt, .html, .jsonl).

    Example: kg build seeds -o out
    """
    from kg.build import build

    quiet = quiet or ctx.obj["quiet"]
    if quiet or verbose:
        logging.getLogger().setLevel(logging.ERROR if quiet else logging.DEBUG if verbose > 1 else logging.INFO)
    result = build(inputs, out_dir, model=model, formats=[f.strip() for f in formats.split(",") if f.strip()],
                   html=not no_html, progress=not quiet)
    if explain:
        for article, dropped in result.dropped:
            for item in dropped:
                click.echo(f"{article}\tdropped ({item.reason}): {item.text[:100]}")
    if quiet:
        return
    click.echo(f"{result.articles} articles read, {len(result.skipped)} skipped; {result.entities} entities, "
               f"{result.facts} facts, {result.claims} claims in {result.seconds:.1f} s", err=True)
    for path in result.outputs:
        click.echo(f"wrote {path}", err=True)

@main.command("evaluate")
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print all figures and details as JSON.")
@click.option("--details", is_flag=True, help="After the figures, list missed and false-positive facts, etc.")
def evaluate_cmd(graph: str, gold: str, as_json: bool, details: bool) -> None:
    """Score GRAPH against a GOLD.yaml standard (see shared/spec/GOLD.md).

    Example: kg evaluate out/graph.ttl ../shared/gold/seeds.yaml --details
    """
    import json

    # Imported here so that `kg --help` does not pay for loading rdflib.
    from kg.evaluate import evaluate, format_report, load_gold
    from kg.formats import read_graph

    report = evaluate(read_graph(graph), load_gold(gold))
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, details=details))

@main.command("html")
@click.argument("graph", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--out", "out_file", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write (replaced atomically).")
@click.option("--focus", default=None, metavar="LABEL",
              help="Draw only the neighbourhood of this entity (label, other name or IRI).")
@click.option("--hops", default=2, show_default=True, type=click.IntRange(min=0),
              help="With --focus: how many links away from it to draw.")
@click.option("--max-nodes", default=None, type=click.IntRange(min=1),
              help="Keep only this many best-connected nodes; the page lists the rest.")
def html_cmd(graph: Path, out_file: Path, focus: str | None, hops: int, max_nodes: int | None) -> None:
    """Draw GRAPH (a Turtle file kg wrote) as one interactive HTML page that works offline.

    Example: kg html out/graph.ttl -o musk.html --focus "Elon Musk" --hops 2
    """
    # Imported here so that `kg --help` does not pay for loading rdflib and pyvis.
    from kg.formats import read_graph
    from kg.html import write_html

    summary = write_html(read_graph(graph), out_file, focus=focus, hops=hops, max_nodes=max_nodes)
    click.echo(f"wrote {out_file}: {summary.nodes_drawn} nodes, {summary.edges_drawn} edges drawn, "
               f"{summary.nodes_left_out} nodes left out")

@main.command("query")
@click.argument("graph", type=click.Path(dir_okay=False))
@click.argument("query")
@click.option(
    "-f", "--format", "fmt", default="table", show_default=True,
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "ntriples"]),
    help="SELECT/ASK: table, csv, tsv, json (SPARQL 1.1 Results JSON) or xml. "
    "CONSTRUCT/DESCRIBE: turtle (also for table) or ntriples.",
)
def query_cmd(graph: str, query: str, fmt: str) -> None:
    """Run a SPARQL QUERY (text or @file.rq) on GRAPH (.ttl, .nt, .trig, .jsonld).

    SELECT, ASK, CONSTRUCT and DESCRIBE work; the prefixes kg, id, rdf, rdfs,
    xsd, owl, skos, prov, dcterms and schema are predeclared.

    Example: kg query out/graph.ttl @queries/who_founded_openai.rq --format csv
    """
    # Imported here so that `kg --help` does not pay for loading pyoxigraph.
    from kg.query import format_result, load_store, read_query, run_query

    text = read_query(query)
    result = run_query(load_store(graph), text)
    if result.kind == "graph" and fmt in ("csv", "tsv", "json", "xml"):
        logging.getLogger(__name__).warning("CONSTRUCT/DESCRIBE give a graph: writing Turtle, not %s", fmt)
        fmt = "turtle"
    output = format_result(result, fmt)
    click.echo(output, nl=not output.endswith("\n"))


@main.command("serve")
@click.argument("graph", type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the endpoint to the network.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--timeout", "timeout_s", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before it is stopped (HTTP 503).")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1),
              help="Queries that may run at the same time (one process each).")
def serve_cmd(graph: str, host: str, port: int, timeout_s: float, workers: int) -> None:
    """Serve GRAPH as a read-only SPARQL 1.1 endpoint at /sparql.

    GET and POST (form or application/sparql-query); results as JSON, XML,
    CSV or TSV, graphs as Turtle, by the Accept header. Updates, SERVICE and
    LOAD are refused. Stop with Ctrl-C.

    Example: kg serve out/graph.ttl --port 7878
    """
    import signal

    from kg.serve import ServeOptions, make_server

    server = make_server(graph, ServeOptions(host=host, port=port, timeout_s=timeout_s, workers=workers))
    # SIGTERM (docker stop, systemd) shuts down as cleanly as Ctrl-C does.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    click.echo(f"SPARQL endpoint: {server.url}  (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


if __name__ == "__main__":
    main()
