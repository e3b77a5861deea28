// cmark-gfm, the CommonMark reference parser with GitHub's extensions (tables).
// Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev. Only SalinDocuments imports this module.
#ifndef CCMARK_H
#define CCMARK_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
