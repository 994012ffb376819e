import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../support/server.ts';

/** One message as the SMTP server received it, parsed back. */
export interface Received {
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  user: string | undefined;
  messageId: string;
  subject: string;
  text: string;
  from: string;
  parsed: ParsedMail;
}

/**
 * A real SMTP server on loopback (npm `smtp-server`) that keeps every message it is given,
 * parsed with mailparser. It can be taken down and brought up again on the same port, and it
 * can hold its answer to the next message's DATA: the message is kept first (as a mail server
 * that commits before it answers), so a client killed meanwhile never hears it was accepted.
 */
export class Mailbox {
  readonly received: Received[] = [];
  readonly user = 'sepakat';
  readonly pass = 'sandi-smtp-uji';
  private server: SMTPServer | null = null;
  private holding: { reached: () => void; release: Promise<void> } | null = null;

  private constructor(readonly port: number) {}

  /** A mailbox on a free port, not yet listening. */
  static async create(): Promise<Mailbox> {
    return new Mailbox(await freePort());
  }

  /** The URL Sepakat's SEPAKAT_SMTP_URL takes. */
  get url(): string {
    return `smtp://${this.user}:${this.pass}@127.0.0.1:${this.port}`;
  }

  /** Starts listening (again). */
  async up(): Promise<void> {
    const server = new SMTPServer({
      authOptional: false,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (auth.username === this.user && auth.password === this.pass)
          callback(null, { user: auth.username });
        else callback(new Error('Invalid username or password'));
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then(async (parsed) => {
            this.received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              user: typeof session.user === 'string' ? session.user : undefined,
              messageId: parsed.messageId ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              from: parsed.from?.text ?? '',
              parsed,
            });
            const hold = this.holding;
            if (hold) {
              this.holding = null;
              hold.reached();
              await hold.release;
            }
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
    // A client killed mid-conversation resets its socket: not the server's failure.
    server.on('error', () => {});
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  /** Stops listening: connections are refused until `up`. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * Holds the answer to the next message until `release` resolves; the promise returned
   * resolves once that message has been received (and kept).
   */
  holdNext(release: Promise<void>): Promise<void> {
    return new Promise((reached) => {
      this.holding = { reached, release };
    });
  }

  /** The messages sent to an address. */
  to(address: string): Received[] {
    return this.received.filter((m) => m.to.includes(address));
  }
}

/** Waits for a condition, checked every 100 ms; on a timeout, the server's last output says why. */
export async function waitFor(
  server: { output(): string },
  what: string,
  check: () => boolean | Promise<boolean>,
  ms = 30_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}\n${server.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The distinct Message-IDs of some messages: what a recipient's mail client shows. */
export const distinctIds = (mails: Received[]) => new Set(mails.map((m) => m.messageId));
