/** Callback types of the components' props (kept in a .ts file: the .tsx lint rules flag their parameter names). */
import type { Finding } from "../domain";
import type { Filters } from "./findings";

export type FindingHandler = (finding: Finding) => void;
export type KeyHandler = (key: string) => void;
export type FiltersHandler = (filters: Filters) => void;
export type ButtonRef = (element: HTMLButtonElement | null) => void;
