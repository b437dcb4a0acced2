import { createContext, useContext } from "react";
import type { WordPort } from "../word/port";

// Components reach Word only through this port: the real adapter in Word, a fake in tests.
export const WordPortContext = createContext<WordPort | null>(null);

export function useWordPort(): WordPort {
  const port = useContext(WordPortContext);
  if (!port) throw new Error("WordPortContext is missing: render inside <App> with a port.");
  return port;
}
