"""Evidence Lab server: Django, configured in this one file (no database, no templates, no
middleware beyond what a JSON endpoint needs), served by gunicorn's default sync worker."""

import django
from django.conf import settings
from django.http import JsonResponse
from django.urls import path

from lab_common import HELLO, compute_result

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="evidence-lab-loopback-only",
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    DATABASES={},
    USE_TZ=True,
)
django.setup()

# As Node.js writes JSON, so every server sends the same bytes.
COMPACT = {"separators": (",", ":")}


def json_view(request):
    return JsonResponse(HELLO, json_dumps_params=COMPACT)


def compute_view(request):
    return JsonResponse(compute_result(), json_dumps_params=COMPACT)


urlpatterns = [path("json", json_view), path("compute", compute_view)]

from django.core.wsgi import get_wsgi_application  # noqa: E402  (needs the settings above)

application = get_wsgi_application()
