/** Fans the global quick-exit shortcut out to every renderer stream watching for it. */
export class QuickExitSignal {
  private readonly listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  fire(): void {
    for (const listener of [...this.listeners]) listener();
  }

  get watchers(): number {
    return this.listeners.size;
  }
}
