import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isQuarter, type Quarter } from '../../plan/quarters.js';

/**
 * The preview's web server: loopback only, and only three things to serve — the page, its events, and
 * the downloads. No path from the URL ever reaches the file system. A request whose Host header is not
 * the loopback address and port the server is bound to is refused, so a web page elsewhere cannot reach
 * it through a DNS name that resolves to 127.0.0.1 (DNS rebinding).
 */

export interface PreviewRoutes {
  /** The page for a quarter (or the default quarter). */
  page(quarter: Quarter | undefined): Promise<string>;
  /** A download made on request; undefined when the plan cannot make it now (it has errors). */
  download(kind: 'docx' | 'pdf', quarter: Quarter | undefined): Promise<{ bytes: Uint8Array; name: string } | { problem: string }>;
  /** The current render's version, sent to each new event stream. */
  version(): number;
}

export interface PreviewServer {
  url: string;
  /** Tell every open page that a new render is ready. */
  announce(version: number): void;
  close(): Promise<void>;
}

const TYPES = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' };

/** The Host headers a browser sends for this server: 127.0.0.1:port or localhost:port. */
function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` || host === `[::1]:${port}`;
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...extra,
  });
  res.end(body);
}

function quarterOf(url: URL): Quarter | undefined | false {
  const q = url.searchParams.get('quarter');
  if (q === null) return undefined;
  const upper = q.toUpperCase();
  return isQuarter(upper) ? upper : false;
}

export function startPreviewServer(routes: PreviewRoutes, port: number): Promise<PreviewServer> {
  const streams = new Set<ServerResponse>();
  let bound = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!hostAllowed(req.headers.host, bound))
      return send(res, 403, 'text/plain; charset=utf-8', 'plan preview: this address is not served here\n');
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'plan preview: only GET\n', { Allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const quarter = quarterOf(url);
    if (quarter === false) return send(res, 400, 'text/plain; charset=utf-8', 'plan preview: the quarter is Q1, Q2, Q3 or Q4\n');
    if (url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', await routes.page(quarter));
    if (url.pathname === '/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(`retry: 1000\nevent: render\ndata: ${routes.version()}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    const download = /^\/download\/report\.(docx|pdf)$/.exec(url.pathname);
    if (download) {
      const kind = download[1] as 'docx' | 'pdf';
      const made = await routes.download(kind, quarter);
      if ('problem' in made) return send(res, 409, 'text/plain; charset=utf-8', `plan preview: ${made.problem}\n`);
      return send(res, 200, TYPES[kind], made.bytes, { 'Content-Disposition': `attachment; filename="${made.name}"` });
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'plan preview: not found\n');
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, 500, 'text/plain; charset=utf-8', `plan preview: ${error instanceof Error ? error.message : String(error)}\n`);
      else res.end();
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      bound = (server.address() as AddressInfo).port;
      done({
        url: `http://127.0.0.1:${bound}/`,
        announce: (version) => {
          for (const stream of streams) stream.write(`event: render\ndata: ${version}\n\n`);
        },
        close: () =>
          new Promise((closed) => {
            for (const stream of streams) stream.end();
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}
