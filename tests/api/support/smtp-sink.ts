import { once } from 'node:events';
import { AddressInfo, createServer, Socket } from 'node:net';

/** A message as the sink received it: the envelope, the login, its headers and its text (decoded). */
export interface SunkMail {
  from: string;
  to: string[];
  /** `user:password` of AUTH PLAIN; null when the client did not log in. */
  login: string | null;
  headers: Record<string, string>;
  text: string;
}

/**
 * A tiny SMTP server in the test's process (no TLS; AUTH PLAIN): enough of RFC 5321 for nodemailer to
 * deliver to it, so that e-mail is tested through the real SMTP transport without a mail server.
 */
export async function startSmtpSink() {
  const messages: SunkMail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let envelope = { from: '', to: [] as string[], login: null as string | null };
    let buffer = '';
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink ESMTP');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          messages.push({ ...envelope, ...parse(buffer.slice(0, end)) });
          envelope = { from: '', to: [], login: envelope.login };
          buffer = buffer.slice(end + 5);
          inData = false;
          reply('250 queued');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const address = /<([^>]*)>/.exec(line)?.[1] ?? '';
        switch (line.slice(0, 4).toUpperCase()) {
          case 'EHLO':
            reply('250-sink');
            reply('250-AUTH PLAIN');
            reply('250 8BITMIME');
            break;
          case 'AUTH': {
            const [, user, password] = Buffer.from(line.split(' ')[2] ?? '', 'base64')
              .toString('utf8')
              .split('\0');
            envelope.login = `${user}:${password}`;
            reply('235 accepted');
            break;
          }
          case 'MAIL':
            envelope.from = address;
            reply('250 ok');
            break;
          case 'RCPT':
            envelope.to.push(address);
            reply('250 ok');
            break;
          case 'DATA':
            inData = true;
            reply('354 go on');
            break;
          case 'QUIT':
            reply('221 bye');
            socket.end();
            return;
          default:
            reply('250 ok');
        }
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    messages,
    async close() {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

/** Headers (unfolded) and the text body, decoded from quoted-printable when it is so encoded. */
function parse(data: string): Pick<SunkMail, 'headers' | 'text'> {
  const unstuffed = data.replace(/\r\n\.\./g, '\r\n.');
  const split = unstuffed.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of unstuffed
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = unstuffed.slice(split + 4);
  const text =
    headers['content-transfer-encoding'] === 'quoted-printable'
      ? Buffer.from(
          body
            .replace(/=\r\n/g, '')
            .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8')
      : body;
  return { headers, text };
}
