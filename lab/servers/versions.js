'use strict';
// Prints, as one JSON object, the versions of Node.js and of Express (null when Express cannot
// be loaded). The app reads this to describe the machine and to say what is missing.
let express = null;
try {
    express = require('express/package.json').version;
} catch (e) {
    express = null;
}
console.log(JSON.stringify({ node: process.versions.node, express }));
