// An OTLP/HTTP endpoint that accepts trace exports and discards them, counting what it got; run as a
// child process so it does not share the load generator's event loop. GET /stats answers the counts.
import { createServer } from 'node:http';

const stats = { exports: 0, bytes: 0 };
const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/stats') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
    return;
  }
  request.on('data', (chunk) => (stats.bytes += chunk.length));
  request.on('end', () => {
    stats.exports += 1;
    // An empty ExportTraceServiceResponse, in the encoding the exporter used.
    const json = String(request.headers['content-type']).includes('json');
    response
      .writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' })
      .end(json ? '{}' : '');
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
