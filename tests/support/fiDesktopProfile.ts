/**
 * Setup file of the jest project `fi-desktop` (jest.config.js): every emulator a test file creates without
 * naming a profile gets the hostile `fi-desktop` profile, so the adapter, session and pane tests run
 * unchanged against it. It runs in each test file's module registry before the file itself.
 */
import { setDefaultExcelProfile } from "../../src/emulator";

setDefaultExcelProfile("fi-desktop");
