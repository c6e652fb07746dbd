#ifndef ALUCAT_CLIBZIP_SHIM_H
#define ALUCAT_CLIBZIP_SHIM_H

#include <zip.h>

#endif
