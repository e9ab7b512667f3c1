'use strict';
// Evidence Lab server: Express with its defaults, as an application would use it. Same
// endpoints and work as node_http.js.
const express = require('express');
const { computeBody, start } = require('./compute.js');

start(process.argv.slice(2), (port) => {
    const app = express();
    app.get('/json', (req, res) => res.json({ message: 'Hello, World!' }));
    app.get('/compute', (req, res) => res.type('application/json').send(computeBody()));
    app.listen(port, '127.0.0.1');
});
