// libxml2's SAX2 parser, seen only by SalinInterchange's XML reader (Debian libxml2-dev).
// Its functions are plain C symbols (no versioned renaming as in ICU), so no forwarders are needed.
//
// Debian builds libxml2 with ICU, and encoding.h then includes <unicode/ucnv.h>: in a module that
// also sees Foundation, those headers clash with Foundation's own ICU ("'U_MF_SYNTAX_ERROR' from
// module '_FoundationICU' is not present in definition of 'enum UErrorCode'"). The flag changes
// nothing but the two trailing ICU converter pointers of xmlCharEncodingHandler, a struct Salin
// never allocates or reads, so it is switched off here and libxml2's ABI is untouched.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
