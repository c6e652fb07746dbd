import AluDirectory

/// The rules the signed-in pages add to the directory's stylesheet: the portal serves
/// ``PortalStylesheet/css`` followed by ``css`` at ``PortalStylesheet/path``, so every
/// page links one file and the Content-Security-Policy stays `default-src 'self'`.
/// Each family of pages keeps its rules beside its pages.
public enum PortalPagesStylesheet {
    public static let css = [AccountPages.stylesheet, EntryFormPage.stylesheet, StaffPages.stylesheet].joined(separator: "\n")
}
