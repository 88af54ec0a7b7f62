/** Callback types and the page's global, kept in a .ts file: the .tsx lint rules flag their parameter names. */
import type { Session } from "../app/session";
import type { OfficeShim } from "./officeShim";
import type { PlaygroundParams } from "./params";
import type { RibbonButton } from "./ribbon";
import type { PlaygroundStore } from "./store";

export type PressHandler = (button: RibbonButton) => Promise<void>;
export type FileHandler = (file: File) => void;

/** What the page exposes as `window.sitovaPlayground`, for tests and the curious. */
export interface PlaygroundGlobal {
  store: PlaygroundStore;
  shim: OfficeShim;
  params: PlaygroundParams;
  /** The add-in's one session (the same object the pane and the ribbon commands use). */
  session?: Session;
}

declare global {
  interface Window {
    sitovaPlayground?: PlaygroundGlobal;
  }
}
