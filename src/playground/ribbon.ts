/**
 * The add-in's ribbon group as the manifest declares it: its buttons, their labels, supertips and icons in
 * Office's display language, and what each does (call a function of the shared runtime, or show the task
 * pane). The playground draws its ribbon from this, so it always matches manifest.xml.
 */

const NS = {
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

export type RibbonAction = { kind: "function"; name: string } | { kind: "taskpane" };

export interface RibbonButton {
  id: string;
  label: string;
  tipTitle: string;
  tipText: string;
  /** The 32 px icon, relative to the page. */
  icon: string | null;
  action: RibbonAction;
}

export interface RibbonGroup {
  label: string;
  buttons: RibbonButton[];
}

/** A manifest URL (`https://localhost:3000/assets/x.png`) as a path relative to the playground page. */
function relative(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname.replace(/^\//, "");
  } catch {
    return null;
  }
}

/** Reads the first `<Group>` of the manifest's desktop ribbon in `locale` (e.g. `sv-FI`). */
export function ribbonFromManifest(xml: string, locale: string): RibbonGroup {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0) throw new Error("manifest.xml is not well-formed");
  const resources = new Map<string, Element>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of Array.from(doc.getElementsByTagNameNS(NS.bt, kind))) {
      const id = el.getAttribute("id");
      if (id) resources.set(id, el);
    }
  }
  const text = (resid: string | null | undefined): string => {
    const el = resid ? resources.get(resid) : undefined;
    if (!el) return "";
    const override = Array.from(el.getElementsByTagNameNS(NS.bt, "Override")).find(
      (o) => o.getAttribute("Locale")?.toLowerCase() === locale.toLowerCase(),
    );
    return override?.getAttribute("Value") ?? el.getAttribute("DefaultValue") ?? "";
  };
  const child = (el: Element | undefined, name: string) =>
    el ? Array.from(el.children).find((c) => c.localName === name) : undefined;

  const group = doc.getElementsByTagNameNS(NS.ov, "Group")[0];
  if (!group) throw new Error("manifest.xml has no ribbon group");
  const buttons: RibbonButton[] = [];
  for (const control of Array.from(group.children).filter((c) => c.localName === "Control")) {
    const supertip = child(control, "Supertip");
    const icon = Array.from(child(control, "Icon")?.children ?? []).find(
      (i) => i.getAttribute("size") === "32",
    );
    const actionEl = child(control, "Action");
    const type = actionEl?.getAttributeNS(NS.xsi, "type");
    const action: RibbonAction =
      type === "ExecuteFunction"
        ? { kind: "function", name: child(actionEl, "FunctionName")?.textContent?.trim() ?? "" }
        : { kind: "taskpane" };
    buttons.push({
      id: control.getAttribute("id") ?? "",
      label: text(child(control, "Label")?.getAttribute("resid")),
      tipTitle: text(child(supertip, "Title")?.getAttribute("resid")),
      tipText: text(child(supertip, "Description")?.getAttribute("resid")),
      icon: relative(text(icon?.getAttribute("resid"))),
      action,
    });
  }
  return { label: text(child(group, "Label")?.getAttribute("resid")), buttons };
}
