/**
 * The ribbon's function file. The only button opens the task pane (a ShowTaskpane action Office carries out
 * itself), so there are no functions to register yet; Office still waits for this page to initialise.
 */
import { whenOfficeReady } from "../office/environment";

whenOfficeReady(() => undefined);
