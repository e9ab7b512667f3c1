'use strict';
// Evidence Lab server: Node.js's own http module, no framework. /json answers as the
// TechEmpower JSON test does; /compute runs the shared CPU-bound task (compute.js).
const http = require('http');
const { computeBody, start } = require('./compute.js');

const HELLO = { message: 'Hello, World!' };

start(process.argv.slice(2), (port) => {
    http.createServer((req, res) => {
        if (req.url === '/json') {
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end(JSON.stringify(HELLO));
        } else if (req.url === '/compute') {
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end(computeBody());
        } else {
            res.writeHead(404, { 'Content-Type': 'text/plain' });
            res.end('not found');
        }
    }).listen(port, '127.0.0.1');
});
