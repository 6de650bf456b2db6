// Scripting guide, init(): a trivial function that writes to the log whenever a tick occurs.
function _tick_logger() {
    logger.debug("Ticked!");
}

export function init() {
    callbacks.systemAddTickHandler(_tick_logger);
}
