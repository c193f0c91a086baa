type Listener = () => void;
const listeners = new Set<Listener>();

/** Fired when the session could not be renewed; the session provider signs the user out locally. */
export const sessionExpired = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  emit(): void {
    listeners.forEach((listener) => listener());
  },
};
