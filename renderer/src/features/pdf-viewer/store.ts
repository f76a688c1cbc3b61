import { useSyncExternalStore } from 'react';

/** A generated or stored file as the API returns it. */
export interface PdfFile {
  fileName: string;
  contentBase64: string;
}

interface Opened {
  /** New for every opening, so opening the same file again starts a fresh viewer. */
  id: number;
  file: PdfFile;
}

/** The one PDF the viewer shows; a plain store so non-React code (files.ts) can open it. */
let current: Opened | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

const emit = () => listeners.forEach((listener) => listener());

/** Shows a PDF in the in-app viewer (mounted once by `PdfViewerProvider`). */
export function openPdfPreview(file: PdfFile): void {
  current = { id: nextId, file };
  nextId += 1;
  emit();
}

export function closePdfPreview(): void {
  current = null;
  emit();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export function useOpenPdf(): Opened | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}

/** Whether a viewer is mounted: without one (a screen rendered on its own), callers fall back. */
let mounted = 0;
export const markViewerMounted = (): (() => void) => {
  mounted += 1;
  return () => {
    mounted -= 1;
  };
};
export const isViewerMounted = (): boolean => mounted > 0;
