import {
  ColumnWidthOutlined,
  DownloadOutlined,
  PrinterOutlined,
  ZoomInOutlined,
  ZoomOutOutlined,
} from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Space, Spin, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { downloadFile } from '../dossiers/files';
import { pdfViewerMessages as t } from './messages.vi';
import type { PDFDocumentProxy, RenderTask } from './pdfjs';
import { clearPrint, printPdf } from './print';
import type { PdfFile } from './store';
import './pdf-viewer.css';

/** pdf.js scale 1 is one CSS pixel per point; "100 %" is the paper's real size (96 / 72). */
const CSS_PX_PER_POINT = 96 / 72;
const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];
/** Padding and gap of `.pdf-viewer-pages`, and room for a vertical scrollbar. */
const PAGES_PADDING = 16;
const PAGE_GAP = 12;
const SCROLLBAR = 16;

type Zoom = { mode: 'fit' } | { mode: 'scale'; value: number };
type Size = readonly [width: number, height: number];
type Load =
  | { state: 'loading' }
  | { state: 'ready'; pdf: PDFDocumentProxy; sizes: Size[] }
  | { state: 'failed'; message: string };

const bytesOf = (contentBase64: string): Uint8Array => {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** The zoom mode in use looks pressed. */
const pressedLook = (pressed: boolean) =>
  pressed ? ({ color: 'primary', variant: 'filled' } as const) : {};

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The viewer of one PDF: lazy page canvases, zoom, page indicator, print, download. */
export function PdfViewerModal({ file, onClose }: { file: PdfFile; onClose: () => void }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [zoom, setZoom] = useState<Zoom>({ mode: 'fit' });
  const [viewWidth, setViewWidth] = useState(0);
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set([1]));
  const [currentPage, setCurrentPage] = useState(1);
  const [printing, setPrinting] = useState<{ done: number; total: number } | null>(null);
  const [printError, setPrintError] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const [scrollNode, setScrollNodeState] = useState<HTMLDivElement | null>(null);
  const printAbort = useRef<AbortController | null>(null);

  // Parse the file; pdf.js takes (detaches) the buffer, the base64 stays for "Tải về".
  useEffect(() => {
    let task: { destroy(): Promise<void> } | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const { loadPdf } = await import('./pdfjs');
        if (cancelled) return;
        const loading = loadPdf(bytesOf(file.contentBase64));
        task = loading;
        const pdf = await loading.promise;
        const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
        if (cancelled) return;
        const firstSize: Size = [first.width, first.height];
        setLoad({
          state: 'ready',
          pdf,
          sizes: Array.from({ length: pdf.numPages }, () => firstSize),
        });
        // Real sizes of the other pages (cheap: no drawing), so mixed A4 portrait/landscape fits.
        const sizes: Size[] = [firstSize];
        for (let n = 2; n <= pdf.numPages; n += 1) {
          const viewport = (await pdf.getPage(n)).getViewport({ scale: 1 });
          if (cancelled) return;
          sizes.push([viewport.width, viewport.height]);
        }
        if (sizes.some(([w, h]) => w !== firstSize[0] || h !== firstSize[1])) {
          setLoad({ state: 'ready', pdf, sizes });
        }
      } catch (error) {
        if (cancelled) return;
        const name = error instanceof Error ? error.name : '';
        setLoad({
          state: 'failed',
          message:
            name === 'PasswordException'
              ? t.passwordProtected(file.fileName)
              : t.unreadable(file.fileName),
        });
      }
    })();
    return () => {
      cancelled = true;
      printAbort.current?.abort();
      clearPrint();
      void task?.destroy();
    };
  }, [file]);

  const pdf = load.state === 'ready' ? load.pdf : null;
  const sizes = useMemo(() => (load.state === 'ready' ? load.sizes : []), [load]);
  const pageCount = sizes.length;

  // Fit width follows the dialog's width (window resizes included).
  const setScrollNode = useCallback((node: HTMLDivElement | null) => {
    scrollRef.current = node;
    setScrollNodeState(node);
  }, []);
  useEffect(() => {
    const node = scrollNode;
    if (!node) return;
    const observer = new ResizeObserver(() => setViewWidth(node.clientWidth));
    // Also called once right after observe(): the first width.
    observer.observe(node);
    return () => observer.disconnect();
  }, [scrollNode]);

  const widest = sizes.reduce((max, [w]) => Math.max(max, w), 0);
  const fitScale =
    widest > 0 && viewWidth > 0
      ? Math.max(0.2, (viewWidth - 2 * PAGES_PADDING - SCROLLBAR) / widest)
      : CSS_PX_PER_POINT;
  const scale = zoom.mode === 'fit' ? fitScale : zoom.value * CSS_PX_PER_POINT;
  const percent = Math.round((scale / CSS_PX_PER_POINT) * 100);

  // Which page wrapper is where: the page indicator and PageUp/PageDown read this.
  const pageNodes = useCallback(
    () => [...(scrollRef.current?.querySelectorAll<HTMLElement>('[data-pdf-page]') ?? [])],
    [],
  );
  const updateCurrentPage = useCallback(() => {
    const node = scrollRef.current;
    if (!node) return;
    // The page that holds the line a third of the way down the view.
    const line = node.scrollTop + node.clientHeight / 3;
    const pages = pageNodes();
    let current = 1;
    for (const [i, page] of pages.entries()) {
      if (page.offsetTop <= line) current = i + 1;
      else break;
    }
    // At the very end the last page counts as read, even when several pages fit on screen.
    if (node.scrollTop + node.clientHeight >= node.scrollHeight - 2) current = pages.length;
    setCurrentPage(Math.max(current, 1));
  }, [pageNodes]);

  // Render only pages within a screen of the view, so a 120-page ballot PDF opens at once.
  useEffect(() => {
    const root = scrollNode;
    if (!root || !pdf) return;
    const observer = new IntersectionObserver(
      (entries) =>
        setNear((previous) => {
          const next = new Set(previous);
          for (const entry of entries) {
            const n = Number((entry.target as HTMLElement).dataset.pdfPage);
            if (entry.isIntersecting) next.add(n);
            else next.delete(n);
          }
          return next;
        }),
      { root, rootMargin: '100% 0px' },
    );
    pageNodes().forEach((page) => observer.observe(page));
    return () => observer.disconnect();
  }, [scrollNode, pdf, pageCount, pageNodes]);

  // Keep the page in view when the zoom changes.
  const anchor = useRef<{ page: number; fraction: number } | null>(null);
  const changeZoom = (next: Zoom) => {
    const node = scrollRef.current;
    const page = pageNodes()[currentPage - 1];
    if (node && page) {
      anchor.current = {
        page: currentPage,
        fraction: (node.scrollTop - page.offsetTop) / Math.max(1, page.offsetHeight),
      };
    }
    setZoom(next);
  };
  useLayoutEffect(() => {
    const node = scrollRef.current;
    const target = anchor.current;
    anchor.current = null;
    const page = target ? pageNodes()[target.page - 1] : undefined;
    if (node && target && page) {
      node.scrollTop = page.offsetTop + target.fraction * page.offsetHeight;
    }
  }, [scale, pageNodes]);

  const zoomBy = (direction: 1 | -1) => {
    const now = scale / CSS_PX_PER_POINT;
    const step =
      direction > 0
        ? ZOOM_STEPS.find((s) => s > now + 0.005)
        : [...ZOOM_STEPS].reverse().find((s) => s < now - 0.005);
    if (step !== undefined) changeZoom({ mode: 'scale', value: step });
  };

  const goToPage = useCallback(
    (n: number) => {
      const page = pageNodes()[n - 1];
      const node = scrollRef.current;
      if (page && node) node.scrollTop = page.offsetTop - PAGES_PADDING;
    },
    [pageNodes],
  );

  const print = useCallback(async () => {
    if (!pdf || printAbort.current) return;
    const abort = new AbortController();
    printAbort.current = abort;
    setPrintError(null);
    try {
      await printPdf(pdf, (done, total) => setPrinting({ done, total }), abort.signal);
    } catch (error) {
      if (!abort.signal.aborted) {
        setPrintError(t.printFailed(error instanceof Error ? error.message : String(error)));
      }
    } finally {
      printAbort.current = null;
      setPrinting(null);
    }
  }, [pdf]);

  const download = () => downloadFile(file);

  // Ctrl+P prints the PDF (not the app); PageUp/PageDown move a page; Esc closes, also when
  // the focus has left the dialog (the Modal's own Esc only hears keys from inside it).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        onClose();
      } else if (
        (event.ctrlKey || event.metaKey) &&
        !event.altKey &&
        event.key.toLowerCase() === 'p'
      ) {
        event.preventDefault();
        void print();
      } else if ((event.key === 'PageDown' || event.key === 'PageUp') && !isTyping(event.target)) {
        event.preventDefault();
        const next = currentPage + (event.key === 'PageDown' ? 1 : -1);
        goToPage(Math.min(Math.max(next, 1), Math.max(pageCount, 1)));
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [print, goToPage, currentPage, pageCount, onClose]);

  const ready = load.state === 'ready';
  const toolbar = (
    <div className="pdf-viewer-toolbar" role="toolbar" aria-label={t.toolbar}>
      <Tooltip title={t.printTitle}>
        <Button
          type="primary"
          icon={<PrinterOutlined aria-hidden />}
          disabled={!ready}
          loading={printing !== null}
          onClick={() => void print()}
        >
          {t.print}
        </Button>
      </Tooltip>
      <Tooltip title={t.downloadTitle}>
        <Button icon={<DownloadOutlined aria-hidden />} onClick={download}>
          {t.download}
        </Button>
      </Tooltip>
      <Space.Compact>
        <Button
          icon={<ColumnWidthOutlined aria-hidden />}
          disabled={!ready}
          aria-pressed={zoom.mode === 'fit'}
          {...pressedLook(zoom.mode === 'fit')}
          onClick={() => changeZoom({ mode: 'fit' })}
        >
          {t.fitWidth}
        </Button>
        <Button
          disabled={!ready}
          title={t.actualSizeTitle}
          aria-pressed={zoom.mode === 'scale' && zoom.value === 1}
          {...pressedLook(zoom.mode === 'scale' && zoom.value === 1)}
          onClick={() => changeZoom({ mode: 'scale', value: 1 })}
        >
          {t.actualSize}
        </Button>
      </Space.Compact>
      <Space.Compact>
        <Button
          icon={<ZoomOutOutlined aria-hidden />}
          aria-label={t.zoomOut}
          disabled={!ready || percent <= ZOOM_STEPS[0]! * 100}
          onClick={() => zoomBy(-1)}
        />
        <Button
          icon={<ZoomInOutlined aria-hidden />}
          aria-label={t.zoomIn}
          disabled={!ready || percent >= ZOOM_STEPS.at(-1)! * 100}
          onClick={() => zoomBy(1)}
        />
      </Space.Compact>
      <Typography.Text className="pdf-viewer-zoom" aria-label={t.zoomLevel(percent)}>
        {ready ? `${percent} %` : ''}
      </Typography.Text>
      <span className="pdf-viewer-spacer" />
      {printing ? (
        <Space>
          <Typography.Text role="status">
            {t.preparing(printing.done, printing.total)}
          </Typography.Text>
          <Progress
            percent={Math.round((printing.done / Math.max(printing.total, 1)) * 100)}
            size="small"
            showInfo={false}
            style={{ width: 120, margin: 0 }}
          />
          <Button size="small" onClick={() => printAbort.current?.abort()}>
            {t.cancelPrint}
          </Button>
        </Space>
      ) : null}
      <Typography.Text className="pdf-viewer-page-indicator" data-testid="pdf-page-indicator">
        {ready ? t.pageOf(Math.min(currentPage, pageCount), pageCount) : ''}
      </Typography.Text>
    </div>
  );

  return (
    <Modal
      open
      title={file.fileName}
      onCancel={onClose}
      footer={null}
      width="min(1200px, calc(100vw - 32px))"
      style={{ top: 16 }}
      className="pdf-viewer-modal"
      destroyOnHidden
    >
      {toolbar}
      {printError ? (
        <Alert type="error" showIcon title={printError} style={{ marginBottom: 8 }} />
      ) : null}
      <div
        ref={setScrollNode}
        className="pdf-viewer-scroll"
        tabIndex={0}
        aria-label={file.fileName}
        onScroll={updateCurrentPage}
      >
        {load.state === 'loading' ? (
          <div className="pdf-viewer-status" role="status">
            <Spin size="large" />
            <span>{t.loading}</span>
          </div>
        ) : load.state === 'failed' ? (
          <div className="pdf-viewer-status">
            <Alert type="error" showIcon title={load.message} />
          </div>
        ) : (
          <div className="pdf-viewer-pages" style={{ gap: PAGE_GAP, padding: PAGES_PADDING }}>
            {sizes.map(([w, h], i) => (
              <PdfPage
                key={i + 1}
                pdf={load.pdf}
                pageNumber={i + 1}
                width={Math.floor(w * scale)}
                height={Math.floor(h * scale)}
                scale={scale}
                visible={near.has(i + 1)}
              />
            ))}
          </div>
        )}
      </div>
    </Modal>
  );
}

/** One page: a sized placeholder, drawn into a canvas only while it is near the view. */
function PdfPage({
  pdf,
  pageNumber,
  width,
  height,
  scale,
  visible,
}: {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  width: number;
  height: number;
  scale: number;
  visible: boolean;
}) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    if (!visible) {
      // Far from the view: give the pixels back (a canvas per page of a long file is a lot).
      for (const canvas of host.querySelectorAll('canvas')) canvas.width = 0;
      host.replaceChildren();
      return;
    }
    let cancelled = false;
    let task: RenderTask | null = null;
    void (async () => {
      try {
        const page = await pdf.getPage(pageNumber);
        if (cancelled) return;
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: scale * ratio });
        // A fresh canvas per drawing: the old one stays (stretched) until the new one is ready.
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        task = page.render({ canvas, viewport, background: '#ffffff' });
        await task.promise;
        if (cancelled) return;
        for (const old of host.querySelectorAll('canvas')) old.width = 0;
        host.replaceChildren(canvas);
        setFailed(false);
      } catch (error) {
        if (cancelled || (error instanceof Error && error.name === 'RenderingCancelledException')) {
          return;
        }
        setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, pageNumber, scale, visible]);

  return (
    <div
      className="pdf-viewer-page"
      data-pdf-page={pageNumber}
      role="img"
      aria-label={t.pageLabel(pageNumber)}
      style={{ width, height }}
    >
      <div ref={hostRef} style={{ width: '100%', height: '100%' }} />
      {failed ? <div className="pdf-viewer-page-error">{t.pageFailed(pageNumber)}</div> : null}
    </div>
  );
}
