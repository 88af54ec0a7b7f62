/**
 * Parses the many shapes `load()` accepts into one tree of property names:
 * `"values, address"`, `["values"]`, `"format/fill/color"`, `{ select: "a,b", expand: "c" }`, and the
 * typed option objects such as `{ values: true, format: { fill: { color: true } } }`.
 */

export interface LoadTree {
  /** `load()` without names, or `$all`: every scalar property. */
  all: boolean;
  /** A name mapped to `true` (load it) or to the subtree of a navigation property. */
  names: Map<string, LoadTree | true>;
}

export function emptyTree(all = false): LoadTree {
  return { all, names: new Map() };
}

function addPath(tree: LoadTree, path: string): void {
  const segments = path
    .split("/")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (segments.length === 0) return;
  let node = tree;
  for (let i = 0; i < segments.length - 1; i++) {
    const existing = node.names.get(segments[i]);
    const child = existing && existing !== true ? existing : emptyTree();
    node.names.set(segments[i], child);
    node = child;
  }
  const last = segments[segments.length - 1];
  if (!node.names.has(last)) node.names.set(last, true);
}

function addList(tree: LoadTree, list: string | string[] | undefined): void {
  if (list === undefined) return;
  for (const item of Array.isArray(list) ? list : list.split(",")) addPath(tree, item);
}

function isSelectExpand(spec: object): spec is { select?: string | string[]; expand?: string | string[] } {
  const keys = Object.keys(spec);
  return (
    keys.length > 0 && keys.every((k) => ["select", "expand", "top", "skip"].includes(k)) && !("$all" in spec)
  );
}

function addOptions(tree: LoadTree, options: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(options)) {
    if (key === "$all") tree.all = tree.all || value === true;
    else if (key === "$top" || key === "$skip") continue;
    else if (value === true) tree.names.set(key, true);
    else if (value && typeof value === "object") {
      const child = emptyTree();
      addOptions(child, value as Record<string, unknown>);
      tree.names.set(key, child);
    }
  }
}

export function parseLoadSpec(spec: unknown): LoadTree {
  if (spec === undefined || spec === null) return emptyTree(true);
  const tree = emptyTree();
  if (typeof spec === "string" || Array.isArray(spec)) {
    addList(tree, spec as string | string[]);
    if (tree.names.size === 0) tree.all = true;
  } else if (typeof spec === "object") {
    if (isSelectExpand(spec)) {
      addList(tree, spec.select);
      // `expand` names navigation properties whose scalars all load.
      for (const name of spec.expand === undefined ? [] : [spec.expand].flat().join(",").split(",")) {
        if (name.trim()) tree.names.set(name.trim(), emptyTree(true));
      }
      if (spec.select === undefined) tree.all = true;
    } else {
      addOptions(tree, spec as Record<string, unknown>);
    }
  }
  return tree;
}
