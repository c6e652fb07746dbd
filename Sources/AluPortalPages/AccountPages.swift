/// Sign-in, second factor, invitation, password reset and each role's landing page.
public enum AccountPages {
    static let stylesheet = ""
}
