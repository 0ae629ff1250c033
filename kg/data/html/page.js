/* The kg graph page: builds the vis-network view from the JSON in #kg-data.
 *
 * Every string that came from an article reaches the DOM through textContent
 * (tooltips, legend, search, notes) or the canvas (labels), never as markup,
 * so a label like <img src=x onerror=...> is shown and never run.
 * window.kgGraph exposes the network and its data sets to tests; its `ready`
 * turns true once the layout has settled and physics has been switched off.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var GLYPHS = { dot: "\u25CF", square: "\u25A0", triangle: "\u25B2", diamond: "\u25C6", star: "\u2605" };
  var SETTLE_LIMIT_MS = 15000;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function articleText(index) {
    var article = data.articles[index];
    if (!article) { return "no article recorded"; }
    var parts = [article.title || article.id];
    if (article.publisher) { parts.push(article.publisher); }
    if (article.title) { parts.push(article.id); }
    return parts.join(" \u00B7 ");
  }

  function addRow(list, name, value) {
    list.appendChild(el("dt", null, name));
    list.appendChild(el("dd", null, value));
  }

  function addList(parent, heading, items) {
    if (!items.length) { return; }
    parent.appendChild(el("div", "kg-tip-kind", heading));
    var list = el("ul");
    items.forEach(function (item) { list.appendChild(el("li", null, item)); });
    parent.appendChild(list);
  }

  function nodeTip(tip) {
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-head", tip.label));
    box.appendChild(el("div", "kg-tip-kind", tip.kind));
    var facts = el("dl");
    if (tip.claim) {
      box.appendChild(el("blockquote", null, tip.claim.text));
      [["claimant", tip.claim.claimant], ["about", tip.claim.about],
        ["disputed by", tip.claim.disputedBy]].forEach(function (row) {
        if (row[1].length) { addRow(facts, row[0], row[1].join(", ")); }
      });
    }
    if (tip.alt.length) { addRow(facts, "also called", tip.alt.join(", ")); }
    tip.attrs.forEach(function (pair) { addRow(facts, pair[0], pair[1]); });
    if (facts.childNodes.length) { box.appendChild(facts); }
    if (tip.claim) { addList(box, "Evidence", tip.claim.evidence); }
    addList(box, tip.claim ? "Source" : "Mentioned in", tip.articles.map(articleText));
    return box;
  }

  function edgeTip(tip) {
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-head", tip.from + " \u2192 " + tip.prop + " \u2192 " + tip.to));
    tip.evidence.forEach(function (item) {
      if (item[0]) { box.appendChild(el("blockquote", null, item[0])); }
      box.appendChild(el("div", "kg-src", articleText(item[1])));
    });
    if (!tip.evidence.length && !tip.claimLink) {
      box.appendChild(el("div", "kg-src", "no evidence recorded"));
    }
    return box;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (node) {
    node.title = nodeTip(node.tip);
    return node;
  }));
  var edges = new vis.DataSet(data.edges.map(function (edge) {
    edge.title = edgeTip(edge.tip);
    return edge;
  }));
  var hiddenClasses = {};
  var hiddenProperties = {};
  var nodeView = new vis.DataView(nodes, {
    filter: function (node) { return !hiddenClasses[node.kgClass]; }
  });
  var edgeView = new vis.DataView(edges, {
    filter: function (edge) { return !hiddenProperties[edge.kgProp]; }
  });

  var started = performance.now();
  var network = new vis.Network(document.getElementById("kg-graph"),
    { nodes: nodeView, edges: edgeView }, data.options);
  var state = {
    network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
    ready: false, settleMs: null
  };
  window.kgGraph = state;

  function settle() {
    if (state.ready) { return; }
    network.setOptions({ physics: { enabled: false } });
    network.fit({ animation: false });
    if (data.focus) { network.selectNodes([data.focus]); }
    state.settleMs = Math.round(performance.now() - started);
    state.ready = true;
    document.body.setAttribute("data-ready", "true");
  }
  if (data.nodes.length) {
    network.once("stabilizationIterationsDone", settle);
    network.once("stabilized", settle);
    setTimeout(settle, SETTLE_LIMIT_MS);
  } else {
    settle();
  }

  /* counts, notes and what was left out */
  document.getElementById("kg-counts").textContent =
    data.nodes.length + " nodes, " + data.edges.length + " edges drawn (graph: " +
    data.totals.nodes + " nodes, " + data.totals.edges + " edges)";
  var notes = document.getElementById("kg-notes");
  data.notes.forEach(function (note) { notes.appendChild(el("p", null, note)); });
  if (!data.totals.nodes) { notes.appendChild(el("p", null, "The graph has no entities.")); }
  if (data.leftOut.length) {
    var details = document.getElementById("kg-left-out");
    details.hidden = false;
    details.querySelector("summary").textContent = data.leftOut.length + " nodes left out";
    var leftList = details.querySelector("ul");
    data.leftOut.forEach(function (label) { leftList.appendChild(el("li", null, label)); });
  }

  /* legend and filters */
  function filterItem(glyph, name, count, onToggle) {
    var item = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = name;
    box.addEventListener("change", function () { onToggle(!box.checked); });
    label.appendChild(box);
    label.appendChild(glyph);
    label.appendChild(el("span", null, name));
    label.appendChild(el("span", "kg-count", count));
    item.appendChild(label);
    return item;
  }
  var classList = document.getElementById("kg-classes");
  data.classes.forEach(function (cls) {
    var glyph = el("span", "kg-glyph", GLYPHS[cls.shape] || "");
    if (cls.shape === "box") {
      glyph.className = "kg-glyph kg-glyph-claim";
      glyph.style.background = cls.color;
    } else {
      glyph.style.color = cls.color;
    }
    classList.appendChild(filterItem(glyph, cls.name, cls.count, function (hide) {
      hiddenClasses[cls.name] = hide;
      nodeView.refresh();
    }));
  });
  var propertyList = document.getElementById("kg-properties");
  data.properties.forEach(function (prop) {
    var glyph = el("span", prop.claimLink ? "kg-dash kg-dash-claim" : "kg-dash");
    propertyList.appendChild(filterItem(glyph, prop.name, prop.count, function (hide) {
      hiddenProperties[prop.name] = hide;
      edgeView.refresh();
    }));
  });

  /* search */
  var byName = [];
  var datalist = document.getElementById("kg-names");
  data.nodes.slice().sort(function (a, b) {
    return a.label.localeCompare(b.label);
  }).forEach(function (node) {
    var option = el("option");
    option.value = node.label;
    datalist.appendChild(option);
    byName.push({ id: node.id, label: node.label.toLowerCase(),
      alt: node.tip.alt.map(function (name) { return name.toLowerCase(); }) });
  });

  function findNode(query) {
    var wanted = query.trim().toLowerCase();
    if (!wanted) { return null; }
    var tests = [
      function (n) { return n.label === wanted; },
      function (n) { return n.alt.indexOf(wanted) >= 0; },
      function (n) { return n.label.indexOf(wanted) === 0; },
      function (n) { return n.label.indexOf(wanted) >= 0 ||
        n.alt.some(function (name) { return name.indexOf(wanted) >= 0; }); }
    ];
    for (var i = 0; i < tests.length; i += 1) {
      var hit = byName.filter(tests[i])[0];
      if (hit) { return hit.id; }
    }
    return null;
  }

  var input = document.getElementById("kg-search-input");
  var status = document.getElementById("kg-search-status");
  function search(event) {
    if (event) { event.preventDefault(); }
    var id = findNode(input.value);
    if (id === null) {
      status.textContent = input.value.trim() ? "No drawn node matches \u201C" + input.value.trim() + "\u201D." : "";
      return;
    }
    var kind = nodes.get(id).kgClass;
    if (hiddenClasses[kind]) {
      hiddenClasses[kind] = false;
      classList.querySelectorAll("input").forEach(function (box) {
        if (box.value === kind) { box.checked = true; }
      });
      nodeView.refresh();
    }
    status.textContent = "";
    network.selectNodes([id]);
    network.focus(id, { scale: 1.4, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
  }
  document.getElementById("kg-search").addEventListener("submit", search);
  input.addEventListener("change", function () { if (findNode(input.value) !== null) { search(); } });
}());
