from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

# Wagtail's editor uses inline scripts and styles (scheduling dialog, Draftail), and shows images from blob: URLs
# while uploading. The public site keeps the strict nonce policy from settings.
CMS_POLICY_REPLACEMENTS = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith("/admin/") and not report_only:
            parts.replace = {**(parts.replace or {}), **CMS_POLICY_REPLACEMENTS}
        return parts
