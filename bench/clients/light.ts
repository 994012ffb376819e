import WebSocket from 'ws';
import type { EditorScript } from '../edits.ts';
import { presenceJSON } from '../edits.ts';
import { Framer, MSG, readHeader, SYNC, wsHeaderBytes } from '../protocol.ts';
import type { Target } from '../servers/kinds.ts';

/** Counters shared by every light client of a run (one object: cheap to update, easy to read). */
export class LoadStats {
  /** Edits sent (updates). */
  sent = 0;
  /** Presence messages sent. */
  presenceSent = 0;
  /** Frames received and their bytes as the server wrote them (payload + WebSocket header). */
  received = 0;
  receivedWireBytes = 0;
  /** Closes the bench did not ask for, by code. */
  unexpectedCloses = new Map<number, number>();
  /** Send time of tracked edits by latency key ({@link editKey}). */
  readonly sentAt = new Map<number, number>();

  closed(code: number): void {
    this.unexpectedCloses.set(code, (this.unexpectedCloses.get(code) ?? 0) + 1);
  }
}

/** Latency key of an edit: the client id and the clock of its first struct. Exact below 2^53. */
export const editKey = (client: number, clock: number) => client * 2_097_152 + clock;

const PRESENCE_EVERY_MS = 200;

/**
 * A simulated editor that only sends: its scripted updates at their moments, its caret at up
 * to 5 Hz, and the minimal sync answers. It reads only the header of what it receives, so
 * one core can play hundreds of them.
 */
export class LightClient {
  private ws: WebSocket | null = null;
  private readonly framer: Framer;
  private next = 0;
  private timer: NodeJS.Timeout | null = null;
  private presenceClock = 0;
  private lastPresence = 0;
  private stopped = false;
  /** Clock of the last edit sent (the caret follows it). */
  private lastClock = 0;
  /** Edits of this client sent so far (their clocks are increasing). */
  readonly sentClocks: number[] = [];

  constructor(
    private readonly target: Target,
    readonly script: EditorScript,
    private readonly stats: LoadStats,
    private readonly opts: { track: boolean; name: string },
  ) {
    this.framer = new Framer(target.dialect, target.documentName);
  }

  /** Connects and completes the handshake; resolves once the server answered. */
  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.target.url, { headers: this.target.headers, perMessageDeflate: false });
      this.ws = ws;
      let ready = false;
      ws.binaryType = 'nodebuffer';
      ws.on('open', () => {
        if (this.target.dialect === 'hocuspocus') ws.send(this.framer.auth());
        ws.send(this.framer.syncStep1());
      });
      ws.on('message', (data: Buffer) => {
        this.stats.received += 1;
        this.stats.receivedWireBytes += data.byteLength + wsHeaderBytes(data.byteLength);
        const dialect = this.target.dialect;
        // y-websocket: the type is the first byte; Hocuspocus: after the short document name.
        let type: number;
        let syncType: number | undefined;
        const first = data[0];
        if (dialect === 'y-websocket' && first !== undefined && first < 128) {
          type = first;
          syncType = data[1];
        } else ({ type, syncType } = readHeader(data, dialect));
        if (type === MSG.sync && syncType === SYNC.step1) ws.send(this.framer.syncStep2());
        if (!ready && (type === MSG.sync || type === MSG.auth)) {
          ready = true;
          resolve();
        }
      });
      ws.on('error', (err) => {
        if (!ready) reject(err);
      });
      ws.on('close', (code) => {
        if (!ready) reject(new Error(`closed ${code} before the handshake`));
        else if (!this.stopped) this.stats.closed(code);
      });
    });
  }

  /** Starts typing (the first edit after its gap). */
  start(): void {
    const first = this.script.edits[this.next];
    if (first) this.timer = setTimeout(this.tick, first.gap);
  }

  private tick = () => {
    this.timer = null;
    if (this.stopped || !this.ws || this.ws.readyState !== WebSocket.OPEN) return;
    const edit = this.script.edits[this.next++];
    if (!edit) return;
    this.ws.send(this.framer.update(edit.update));
    const now = performance.now();
    this.stats.sent += 1;
    if (edit.clock >= 0) {
      this.lastClock = edit.clock;
      this.sentClocks.push(edit.clock);
      if (this.opts.track) this.stats.sentAt.set(editKey(this.script.clientID, edit.clock), now);
    }
    if (now - this.lastPresence >= PRESENCE_EVERY_MS) {
      this.lastPresence = now;
      this.stats.presenceSent += 1;
      const json = presenceJSON(this.script.clientID, this.opts.name, this.lastClock);
      this.ws.send(this.framer.awareness(this.script.clientID, ++this.presenceClock, json));
    }
    const next = this.script.edits[this.next];
    if (next) this.timer = setTimeout(this.tick, next.gap);
  };

  /** Stops typing; the socket stays open (so the server keeps the document loaded). */
  pause(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  close(): void {
    this.stopped = true;
    this.pause();
    this.ws?.close();
  }
}
