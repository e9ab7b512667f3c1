'use strict';
// The lab's CPU-bound task, written identically in compute.py: count the primes below 10,000
// by trial division (the answer is 1229). Same loop, same operations, in each language itself.
const LIMIT = 10000;

function countPrimesBelow(limit) {
    let count = 0;
    for (let n = 2; n < limit; n++) {
        let prime = true;
        for (let d = 2; d * d <= n; d++) {
            if (n % d === 0) {
                prime = false;
                break;
            }
        }
        if (prime) count++;
    }
    return count;
}

function computeBody() {
    return JSON.stringify({ primes_below: LIMIT, count: countPrimesBelow(LIMIT) });
}

// Command-line options shared by both Node.js servers: --port N [--workers N].
function parseOptions(argv) {
    const options = { port: 0, workers: 1 };
    for (let i = 0; i < argv.length; i += 2) {
        const value = Number.parseInt(argv[i + 1], 10);
        if (argv[i] === '--port' && value > 0 && value < 65536) options.port = value;
        else if (argv[i] === '--workers' && value > 0 && value <= 256) options.workers = value;
        else {
            console.error(`unexpected argument ${argv[i]}`);
            process.exit(2);
        }
    }
    if (!options.port) {
        console.error('--port is required');
        process.exit(2);
    }
    return options;
}

// Runs `serve(port)` in this process, or in `workers` cluster workers sharing the port. The
// primary exits when a worker dies, and a worker exits when its primary goes (its IPC channel
// closes). Said explicitly: once, by hand, a worker was seen serving on after its primary
// was killed.
function start(argv, serve) {
    const options = parseOptions(argv);
    const cluster = require('cluster');
    if (options.workers > 1 && cluster.isPrimary) {
        for (let i = 0; i < options.workers; i++) cluster.fork();
        cluster.on('exit', () => process.exit(1));
        return;
    }
    if (cluster.isWorker) process.on('disconnect', () => process.exit(0));
    serve(options.port);
}

module.exports = { computeBody, countPrimesBelow, start, LIMIT };
