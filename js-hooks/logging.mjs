// Scripting guide, "Logging facilities": logger writes to the server log (category "conf").
export function init() {
    const my_variable = { answer: 42 };
    logger.debug(`The value of some parameter is ${JSON.stringify(my_variable)}`);
    logger.info("Some step finished");
    logger.warn("The client is supposed to have been decommissioned");
    logger.error("The client provided invalid data");
    logger.critical("The database is offline");
    writeLog("Something happened");   // the deprecated alias for logger.warning
}
