import http from 'node:http';

// Raw HTTP requests with exactly the headers and bytes a test chooses (fetch would fix some up).

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let responded = false;
    // Keep-alive, as Teams' service and browsers use: the server then drains an unread body.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const req = http.request(
      url,
      { method: options.method ?? 'POST', headers: options.headers, agent },
      (res) => {
        responded = true;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          agent.destroy();
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        res.on('error', reject);
      },
    );
    // The server may answer (413, 415) and close before the whole body is written: fine, once
    // its answer is in.
    req.on('error', (error) => {
      if (!responded) {
        agent.destroy();
        reject(error);
      }
    });
    if (options.body !== undefined) req.end(options.body);
    else req.end();
  });
}
