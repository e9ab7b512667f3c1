-- Evidence Lab warm-up: alternate between the two endpoints so that both code paths are
-- loaded (and, on V8, compiled) before either is measured.
local paths = { "/json", "/compute" }
local sent = 0

request = function()
    sent = sent + 1
    return wrk.format("GET", paths[sent % 2 + 1])
end
