// The configurator: the form's choices → a live preview and the copy-ready code (snippets.js).
// Which values exist, the finder says itself (KausaFinder.attributeValues); their German names
// and the policy lines come from the API (/configure/options.json). No request leaves this origin.
import { KausaFinder } from "/widget/kausa-widget.js";
import "/embed/host.js";
import { contrastRatio } from "/configure/contrast.js";
import { buildSnippets, embedUrl, FRAME_CLASS, FRAME_TITLE, finderAttributes } from "/configure/snippets.js";

const VIEW_LABELS = { both: "Liste und Karte", list: "Nur Liste", map: "Nur Karte" };
const LOCK_LABELS = { services: "Angebote", languages: "Beratungssprachen", "target-groups": "Zielgruppen" };

const $ = (selector) => document.querySelector(selector);
const form = $("#config");
const valid = KausaFinder.attributeValues;
const languageName = new Intl.DisplayNames(["de"], { type: "language" });

function element(tag, properties = {}, children = []) {
  const el = Object.assign(document.createElement(tag), properties);
  el.append(...children);
  return el;
}

/** A labelled checkbox or radio (the label wraps the input: one click target, one name). */
const choice = (type, name, value, text, checked = false) =>
  element("label", { className: "check" }, [element("input", { type, name, value, checked }), ` ${text}`]);

function fillForm(options) {
  const area = $("#area");
  for (const region of options.regions.filter((r) => valid.region.includes(r.key))) {
    const group = element("optgroup", { label: region.name });
    group.append(
      element("option", { value: `region:${region.key}`, text: `Planungsregion ${region.name} (gesamt)` }),
    );
    for (const d of region.districts.filter((d) => valid.district.includes(d.key)))
      group.append(element("option", { value: `district:${d.key}`, text: d.name }));
    area.append(group);
  }
  const labels = (list) => new Map(list.map((o) => [o.value, o.label]));
  const serviceNames = labels(options.services);
  const groupNames = labels(options.targetGroups);
  for (const value of valid.services)
    $("#services").append(choice("checkbox", "services", value, serviceNames.get(value) ?? value));
  for (const value of valid.languages)
    $("#languages").append(choice("checkbox", "languages", value, languageName.of(value) ?? value));
  for (const value of valid["target-groups"])
    $("#target-groups").append(choice("checkbox", "target-groups", value, groupNames.get(value) ?? value));
  for (const value of valid.locked)
    $("#locked").append(choice("checkbox", "locked", value, LOCK_LABELS[value] ?? value));
  for (const value of valid.view)
    $("#view").append(choice("radio", "view", value, VIEW_LABELS[value] ?? value, value === "both"));
  for (const value of valid.lang)
    $("#lang").append(element("option", { value, text: languageName.of(value) ?? value }));
  for (const colour of options.colours) {
    const id = `colour-${colour.name}`;
    const input = element("input", { type: "color", id, name: "colour", value: colour.default });
    Object.assign(input.dataset, { name: colour.name, default: colour.default });
    $("#colours").append(
      element("div", { className: "colour" }, [
        input,
        element("label", { htmlFor: id, textContent: `${colour.label} (--kausa-${colour.name})` }),
      ]),
    );
  }
}

/** The editor's choices, read from the form. */
function currentConfig() {
  const data = new FormData(form);
  const pageSize = Number(data.get("page-size"));
  const colours = {};
  for (const input of form.querySelectorAll("input[name=colour]"))
    if (input.value.toLowerCase() !== input.dataset.default)
      colours[input.dataset.name] = input.value.toLowerCase();
  return {
    area: String(data.get("area") ?? ""),
    services: data.getAll("services").map(String),
    languages: data.getAll("languages").map(String),
    "target-groups": data.getAll("target-groups").map(String),
    ruralOnly: data.has("rural-only"),
    view: String(data.get("view") ?? "both"),
    locked: data.getAll("locked").map(String),
    lang: String(data.get("lang") ?? ""),
    pageSize: Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 100 ? pageSize : 20,
    colours,
    resizer: $("#resizer").checked,
  };
}

function showPreview(config) {
  const preview = $("#preview");
  if (previewKind() === "iframe") {
    const frame = element("iframe", {
      className: FRAME_CLASS,
      title: FRAME_TITLE,
      src: embedUrl(location.origin, config),
    });
    preview.replaceChildren(frame);
    return;
  }
  // A new element per change: the finder starts from its presets, as on the host page.
  const finder = document.createElement("kausa-finder");
  for (const [name, value] of finderAttributes(config)) finder.setAttribute(name, value);
  finder.setAttribute("url-state", "off");
  preview.replaceChildren(finder);
}

const previewKind = () => document.querySelector("input[name=preview]:checked").value;

/** The colours on the previewed finder; CSSOM, not a style attribute: allowed under this page's policy. */
function colourPreview(config, options) {
  const finder = $("#preview kausa-finder");
  for (const { name } of options.colours) {
    const value = config.colours[name];
    if (value) finder?.style.setProperty(`--kausa-${name}`, value);
    else finder?.style.removeProperty(`--kausa-${name}`);
  }
}

function showContrast(config, options) {
  const colour = (name) => config.colours[name] ?? options.colours.find((c) => c.name === name)?.default;
  const pairs = [
    ["Text auf Hintergrund", "text", "surface"],
    ["Nebentext auf Hintergrund", "muted", "surface"],
    ["Schrift auf Hauptfarbe", "on-primary", "primary"],
    ["Hauptfarbe (Links) auf Hintergrund", "primary", "surface"],
  ];
  const low = pairs
    .map(([label, fg, bg]) => [label, contrastRatio(colour(fg), colour(bg))])
    .filter(([, ratio]) => ratio < 4.5)
    .map(([label, ratio]) => `${label}: ${ratio.toFixed(1).replace(".", ",")} : 1`);
  $("#contrast").textContent = low.length ? `Zu wenig Kontrast (mindestens 4,5 : 1): ${low.join("; ")}.` : "";
}

let options;
let lastPreview = "";

function update() {
  const config = currentConfig();
  const snippets = buildSnippets(location.origin, config, options.csp);
  for (const [name, text] of Object.entries(snippets)) $(`[data-snippet=${name}] textarea`).value = text;
  showContrast(config, options);
  // Only what the finder reads restarts the preview; colours are restyled in place (script variant).
  const kind = previewKind();
  const key = JSON.stringify({
    ...config,
    resizer: null,
    colours: kind === "iframe" ? config.colours : null,
    kind,
  });
  if (key !== lastPreview) {
    lastPreview = key;
    showPreview(config);
  }
  colourPreview(config, options);
}

/** Copy buttons: the Clipboard API, else the text is selected for Ctrl+C and the status says so. */
function setUpSnippets() {
  for (const box of document.querySelectorAll("[data-snippet]")) {
    const id = `snippet-${box.dataset.snippet}`;
    const area = element("textarea", { id, readOnly: true, rows: 4, spellcheck: false });
    const button = element("button", { type: "button" }, [
      "Kopieren",
      element("span", { className: "visually-hidden", textContent: `: ${box.dataset.label}` }),
    ]);
    button.addEventListener("click", async () => {
      const status = $("#copy-status");
      try {
        await navigator.clipboard.writeText(area.value);
        status.textContent = `Kopiert: ${box.dataset.label}.`;
      } catch {
        area.focus();
        area.select();
        status.textContent = `Kopieren nicht möglich. Der Text „${box.dataset.label}“ ist markiert: mit Strg+C kopieren.`;
      }
    });
    box.replaceChildren(
      element("label", { htmlFor: id, className: "snippet-label", textContent: box.dataset.label }),
      area,
      button,
    );
  }
}

async function start() {
  const status = $("#load-status");
  try {
    const response = await fetch("/configure/options.json");
    if (!response.ok) throw new Error(String(response.status));
    options = await response.json();
  } catch {
    status.textContent = "Die Auswahl konnte nicht geladen werden. Bitte laden Sie die Seite neu.";
    return;
  }
  fillForm(options);
  setUpSnippets();
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  $("#resizer").addEventListener("change", update);
  for (const radio of document.querySelectorAll("input[name=preview]"))
    radio.addEventListener("change", update);
  $("#reset-colours").addEventListener("click", () => {
    for (const input of form.querySelectorAll("input[name=colour]")) input.value = input.dataset.default;
    update();
  });
  update();
  document.body.dataset.ready = "true";
}

void start();
