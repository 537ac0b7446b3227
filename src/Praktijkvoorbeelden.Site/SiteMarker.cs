namespace Praktijkvoorbeelden.Site;

internal static class SiteMarker;
