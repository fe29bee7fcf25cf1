// The gated statistics pixel every bench page loads only after consent (stands in for Yandex.Metrika).
window.benchPixelRanAt = performance.now();
