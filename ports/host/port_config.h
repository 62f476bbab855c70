// SPDX-License-Identifier: MIT
// Configuration of the host port (the virtual board). See core/config.h.
#ifndef ES_PORT_CONFIG_H
#define ES_PORT_CONFIG_H

#define ES_CFG_HEAP_SIZE (1024 * 1024)
#define ES_CFG_MARK_STACK 256
#define ES_CFG_OS_GETENV 1 // plain mode is MicroPython's unix port

#endif
