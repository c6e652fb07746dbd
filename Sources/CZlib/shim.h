#ifndef ALUCAT_CZLIB_SHIM_H
#define ALUCAT_CZLIB_SHIM_H

#include <zlib.h>

/* deflateInit2 is a macro: wrap it so Swift can call it. */
static inline int alucat_deflate_init_raw(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}

#endif
