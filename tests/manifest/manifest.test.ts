/**
 * @jest-environment jsdom
 */
/*
 * The add-in manifest: resource ids resolve, every user-visible string is in fi-FI and in the Swedish
 * (sv-FI, sv-SE) and English (en-US, en-GB) UI locales Office matches exactly,
 * the requirement sets and the shared runtime are declared, and the production build (made here, in a
 * temporary folder, with a test URL) has a manifest whose every URL points at a file it built, and a
 * bundle without emulator or test code. XML is read with the DOM (DOMParser), not regular expressions.
 * XSD validation is `npm run validate` (scripts/validate-manifest.js, tested in validateManifest.test.ts).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "../support/paths";

const DEV_URL = "https://localhost:3000/";
const TEST_URL = "https://sitova.test.invalid/addin/v1/";
/** Office matches an Override by the full UI locale (develop/localization); its Swedish UI is sv-SE. */
const LOCALES = ["sv-FI", "sv-SE", "en-US", "en-GB"];
/** Locales that carry the same text: one Swedish, one English. */
const SAME_TEXT: Array<[string, string]> = [
  ["sv-SE", "sv-FI"],
  ["en-GB", "en-US"],
];
const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};
/** A string the Excel emulator carries so that the test can also find it in minified code. */
const EMULATOR_MARKER = "sitova-excel-emulator";

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent}`);
  return doc;
}

const all = (root: Document | Element, ns: string, name: string): Element[] =>
  Array.from(root.getElementsByTagNameNS(ns, name));
const one = (root: Document | Element, ns: string, name: string): Element => {
  const found = all(root, ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};
const children = (el: Element, name: string): Element[] =>
  Array.from(el.children).filter((c) => c.localName === name);
const xsiType = (el: Element): string | null => el.getAttributeNS(NS.xsi, "type");
const overrides = (el: Element): Map<string, string> =>
  new Map(
    children(el, "Override").map((o) => [o.getAttribute("Locale") ?? "", o.getAttribute("Value") ?? ""]),
  );

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Resource id -> { kind, element } from <Resources>. */
function resources(doc: Document): Map<string, { kind: ResourceKind; el: Element }> {
  const map = new Map<string, { kind: ResourceKind; el: Element }>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as ResourceKind[]) {
    for (const group of all(doc, NS.bt, kind)) {
      for (const el of Array.from(group.children)) {
        const id = el.getAttribute("id") ?? "";
        if (map.has(id)) throw new Error(`resource id ${id} is defined twice`);
        map.set(id, { kind, el });
      }
    }
  }
  return map;
}

/** Which kind of resource an element with a resid must point at. */
function expectedKind(el: Element): ResourceKind {
  switch (el.localName) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "Runtime":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "Urls";
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      throw new Error(`unexpected element with resid: <${el.localName}>`);
  }
}

/** Every URL in the manifest: attribute values of DefaultValue/Value that look like URLs. */
function urls(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) found.push(v);
    }
  }
  return found;
}

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = parseXml(source);

describe("manifest.xml", () => {
  it("is an Excel task pane add-in with ReadWriteDocument and fi-FI as default locale", () => {
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(NS.app);
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(one(doc, NS.app, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(one(doc, NS.app, "ProviderName").textContent).toBe("Helsingin kaupunki / Sitova");
    expect(one(doc, NS.app, "DefaultLocale").textContent).toBe("fi-FI");
    expect(one(doc, NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(all(doc, NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(all(doc, NS.ov, "Host").map(xsiType)).toEqual(["Workbook"]);
  });

  it("requires ExcelApi 1.9 to activate and SharedRuntime 1.1 for its ribbon (VersionOverrides)", () => {
    const setsOf = (requirements: Element) =>
      Object.fromEntries(
        Array.from(requirements.getElementsByTagNameNS("*", "Set")).map((s) => [
          s.getAttribute("Name"),
          s.getAttribute("MinVersion"),
        ]),
      );
    const base = children(doc.documentElement, "Requirements");
    expect(base).toHaveLength(1);
    expect(setsOf(base[0])).toEqual({ ExcelApi: "1.9" });
    const versionOverrides = one(doc, NS.ov, "VersionOverrides");
    const vo = children(versionOverrides, "Requirements");
    expect(vo).toHaveLength(1);
    expect(setsOf(vo[0])).toEqual({ SharedRuntime: "1.1" });
  });

  it("runs the task pane and the ribbon commands in one long-lived shared runtime", () => {
    const runtimes = all(doc, NS.ov, "Runtime");
    expect(runtimes.map((r) => [r.getAttribute("resid"), r.getAttribute("lifetime")])).toEqual([
      ["Taskpane.Url", "long"],
    ]);
    expect(one(doc, NS.ov, "FunctionFile").getAttribute("resid")).toBe("Taskpane.Url");
    for (const action of all(doc, NS.ov, "Action").filter((a) => xsiType(a) === "ShowTaskpane")) {
      expect(children(action, "SourceLocation")[0].getAttribute("resid")).toBe("Taskpane.Url");
    }
    const taskpaneUrl = resources(doc).get("Taskpane.Url")?.el.getAttribute("DefaultValue");
    expect(taskpaneUrl).toBe(`${DEV_URL}taskpane.html`);
    expect(one(doc, NS.app, "SourceLocation").getAttribute("DefaultValue")).toBe(taskpaneUrl);
  });

  it("puts the Sitova group with its four buttons on the Home tab", () => {
    const tabs = all(doc, NS.ov, "OfficeTab");
    expect(tabs.map((t) => t.getAttribute("id"))).toEqual(["TabHome"]);
    const groups = children(tabs[0], "Group");
    expect(groups).toHaveLength(1);
    const strings = resources(doc);
    const label = (el: Element) =>
      strings.get(children(el, "Label")[0].getAttribute("resid") ?? "")?.el.getAttribute("DefaultValue");
    expect(label(groups[0])).toBe("Sitova");
    const buttons = children(groups[0], "Control").map((c) => {
      expect(xsiType(c)).toBe("Button");
      const action = children(c, "Action")[0];
      const what =
        xsiType(action) === "ExecuteFunction"
          ? children(action, "FunctionName")[0].textContent
          : `${xsiType(action)}:${children(action, "TaskpaneId")[0]?.textContent}`;
      return [label(c), what];
    });
    expect(buttons).toEqual([
      ["Tarkista", "validateWorkbook"],
      ["Yhteenveto", "insertSummary"],
      ["Poista korostukset", "clearHighlights"],
      ["Avaa Sitova", "ShowTaskpane:SitovaPane"],
    ]);
  });

  it("names only functions that src/commands registers", () => {
    const dir = path.join(ROOT, "src", "commands");
    const code = fs
      .readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
      .join("\n");
    expect(code).toContain("Office.actions.associate");
    for (const fn of all(doc, NS.ov, "FunctionName").map((f) => f.textContent ?? "")) {
      expect(code).toMatch(new RegExp(`["'\`]${fn}["'\`]`));
    }
  });

  it("resolves every resid to a resource of the right kind, and uses every resource", () => {
    const defined = resources(doc);
    const used = new Set<string>();
    const withResid = Array.from(doc.getElementsByTagName("*")).filter((el) => el.hasAttribute("resid"));
    expect(withResid.length).toBeGreaterThan(20);
    for (const el of withResid) {
      const id = el.getAttribute("resid") ?? "";
      const resource = defined.get(id);
      expect({ resid: id, kind: resource?.kind }).toEqual({ resid: id, kind: expectedKind(el) });
      used.add(id);
    }
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("has every user-visible string in fi-FI (default), sv-FI, sv-SE, en-US and en-GB, within the length limits", () => {
    const visible: Array<{ what: string; el: Element; max: number }> = [
      { what: "DisplayName", el: one(doc, NS.app, "DisplayName"), max: 125 },
      { what: "Description", el: children(doc.documentElement, "Description")[0], max: 250 },
    ];
    for (const [kind, max] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const el of all(doc, NS.bt, kind).flatMap((g) => Array.from(g.children))) {
        visible.push({ what: `${kind} ${el.getAttribute("id")}`, el, max });
      }
    }
    expect(visible.length).toBeGreaterThan(10);
    for (const { what, el, max } of visible) {
      const fi = el.getAttribute("DefaultValue") ?? "";
      const tr = overrides(el);
      const row = { what, fi: fi.length > 0 && fi.length <= max, locales: [...tr.keys()].sort() };
      expect(row).toEqual({ what, fi: true, locales: [...LOCALES].sort() });
      for (const locale of LOCALES) {
        const value = tr.get(locale) ?? "";
        expect({ what, locale, ok: value.trim().length > 0 && value.length <= max }).toEqual({
          what,
          locale,
          ok: true,
        });
      }
      for (const [locale, same] of SAME_TEXT)
        expect({ what, locale, value: tr.get(locale) }).toEqual({ what, locale, value: tr.get(same) });
    }
  });

  it("has the Supertip (title and description) on every button", () => {
    for (const control of all(doc, NS.ov, "Control")) {
      const tip = children(control, "Supertip");
      expect(tip).toHaveLength(1);
      expect(children(tip[0], "Title")).toHaveLength(1);
      expect(children(tip[0], "Description")).toHaveLength(1);
    }
  });

  it("points its own URLs at the dev server and every icon at a PNG of the declared size in assets/", () => {
    for (const url of urls(doc)) expect(url).toMatch(/^https:\/\//);
    const own = urls(doc).filter((u) => u.startsWith(DEV_URL));
    expect(own.length).toBeGreaterThan(10);
    const fileOf = (url: string) => path.join(ROOT, new URL(url).pathname);
    const images = resources(doc);
    const sized: Array<[string, number]> = [
      [one(doc, NS.app, "IconUrl").getAttribute("DefaultValue") ?? "", 32],
      [one(doc, NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64],
    ];
    for (const ref of all(doc, NS.bt, "Image").filter((el) => el.hasAttribute("size"))) {
      const url = images.get(ref.getAttribute("resid") ?? "")?.el.getAttribute("DefaultValue") ?? "";
      sized.push([url, Number(ref.getAttribute("size"))]);
    }
    for (const [url, size] of sized) {
      expect(url).toMatch(new RegExp(`^${DEV_URL}assets/icon-[a-z0-9-]+\\.png$`));
      expect({ url, ...pngSize(fileOf(url)) }).toEqual({ url, width: size, height: size });
    }
    for (const size of [16, 32, 80]) {
      expect(sized.some(([, s]) => s === size)).toBe(true);
    }
  });
});

interface BuildReport {
  ok: boolean;
  outputPath: string;
  errors: string[];
  warnings: string[];
  assets: Array<{ name: string; size: number }>;
  entrypoints: Record<string, string[]>;
  modules: string[];
}

describe("production build", () => {
  let out = "";
  let report: BuildReport;
  let built: Document;
  let builtText = "";

  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-build-"));
    const json = path.join(out, "report.json");
    const dist = path.join(out, "dist");
    const run = spawnSync(
      process.execPath,
      ["scripts/build-report.js", "--url", TEST_URL, "--out", dist, "--json", json],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    if (!fs.existsSync(json)) throw new Error(`build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    report = JSON.parse(fs.readFileSync(json, "utf8"));
    builtText = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    built = parseXml(builtText);
  });

  afterAll(() => {
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it("builds without errors and without the missing-URL warning", () => {
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.warnings.filter((w) => /production URL/.test(w))).toEqual([]);
  });

  it("rewrites every dev URL of the manifest to the production URL and changes nothing else", () => {
    expect(builtText).not.toContain("localhost");
    expect(builtText).toBe(source.split(DEV_URL).join(TEST_URL));
  });

  it("has every URL of the built manifest under the production URL point at a file that exists in dist/", () => {
    const own = urls(built).filter((u) => u.startsWith(TEST_URL));
    expect(own.length).toBeGreaterThan(10);
    for (const url of new Set(own)) {
      const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(TEST_URL).pathname.length));
      expect({ url, exists: rel.length > 0 && fs.existsSync(path.join(report.outputPath, rel)) }).toEqual({
        url,
        exists: true,
      });
    }
    // Everything else is an external https page (support and learn-more links).
    for (const url of urls(built).filter((u) => !u.startsWith(TEST_URL)))
      expect(url).toMatch(/^https:\/\/(www\.)?hel\.fi\//);
  });

  it("loads Office.js from Microsoft's CDN, then both entries, over one webpack runtime, in taskpane.html", () => {
    const html = fs.readFileSync(path.join(report.outputPath, "taskpane.html"), "utf8");
    const page = new DOMParser().parseFromString(html, "text/html");
    const scripts = Array.from(page.querySelectorAll("script[src]")).map((s) => s.getAttribute("src") ?? "");
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const files = [...new Set([...report.entrypoints.commands, ...report.entrypoints.taskpane])].filter((f) =>
      f.endsWith(".js"),
    );
    expect(scripts.slice(1).sort()).toEqual(files.sort());
    expect(files.filter((f) => f.startsWith("runtime."))).toHaveLength(1);
    expect(page.getElementById("root")).not.toBeNull();
  });

  it("bundles no emulator, playground or test code", () => {
    expect(report.modules).toContain("src/commands/commands.ts");
    expect(report.modules).toContain("src/taskpane/index.tsx");
    expect(report.modules.filter((m) => /^(src\/emulator|src\/playground|tests)\//.test(m))).toEqual([]);
    for (const asset of report.assets.filter((a) => a.name.endsWith(".js"))) {
      const js = fs.readFileSync(path.join(report.outputPath, asset.name), "utf8");
      expect({ asset: asset.name, marker: js.includes(EMULATOR_MARKER) }).toEqual({
        asset: asset.name,
        marker: false,
      });
    }
  });

  it("makes no network calls of its own: no fetch, XMLHttpRequest, beacon or socket in the bundle", () => {
    for (const asset of report.assets.filter((a) => a.name.endsWith(".js"))) {
      const js = fs.readFileSync(path.join(report.outputPath, asset.name), "utf8");
      const calls = js.match(/\b(fetch|sendBeacon)\(|\bnew (XMLHttpRequest|WebSocket|EventSource)\b/g) ?? [];
      expect({ asset: asset.name, calls }).toEqual({ asset: asset.name, calls: [] });
    }
  });
});
