public import AluDirectory

/// Every signed-in page's path, in one place: the pages link and post to them, the
/// portal's route table registers them. Signed-in pages exist in French and English
/// (`/fr/…`, `/en/…`); one-time tokens travel in the query string of a GET that only
/// shows a form (every page is sent with `Referrer-Policy: same-origin`: no other site sees it) and in the
/// form's body when it is posted.
///
/// The functions that take an id also take a route pattern's placeholder (`"{id}"`):
/// the route table registers what the pages link to, from the same function.
public enum PortalPaths {
    /// The languages of the signed-in pages.
    public static let languages: [PortalLanguage] = [.fr, .en]

    // MARK: Accounts (anyone)
    public static func signIn(_ l: PortalLanguage) -> String { "/\(l.rawValue)/account/sign-in" }
    /// The second step of a staff sign-in: the TOTP code.
    public static func secondFactor(_ l: PortalLanguage) -> String { "/\(l.rawValue)/account/sign-in/code" }
    public static func signOut(_ l: PortalLanguage) -> String { "/\(l.rawValue)/account/sign-out" }
    public static func signOutEverywhere(_ l: PortalLanguage) -> String { "/\(l.rawValue)/account/sign-out-everywhere" }
    /// `?token=` from the invitation mail; the form posts the token back with the new password.
    public static func invitation(_ l: PortalLanguage) -> String { "/\(l.rawValue)/account/invitation" }
    public static func resetRequest(_ l: PortalLanguage) -> String { "/\(l.rawValue)/account/reset" }
    /// `?token=` from the reset mail.
    public static func resetConfirm(_ l: PortalLanguage) -> String { "/\(l.rawValue)/account/reset/confirm" }
    /// Applying for a new supplier entry (anyone): an invitation is mailed.
    public static func apply(_ l: PortalLanguage) -> String { "/\(l.rawValue)/account/apply" }
    /// Setting up (or removing, for suppliers) the TOTP second factor.
    public static func totpSetup(_ l: PortalLanguage) -> String { "/\(l.rawValue)/account/second-factor" }
    /// Changing one's password (the current one given again).
    public static func changePassword(_ l: PortalLanguage) -> String { "/\(l.rawValue)/account/password" }
    /// One's open sessions; POST ends one of them or all the others (the password given again).
    public static func sessions(_ l: PortalLanguage) -> String { "/\(l.rawValue)/account/sessions" }
    /// Each role's landing page after sign-in.
    public static func home(_ l: PortalLanguage) -> String { "/\(l.rawValue)/account/" }

    // MARK: The supplier's side
    /// The entry form: GET shows the draft (or the published entry), POST saves, submits
    /// or acts on the form (`action=add:contacts`…).
    public static func entry(_ l: PortalLanguage) -> String { "/\(l.rawValue)/supplier/entry" }
    /// POST multipart: a filled ODS form or an XML entry.
    public static func entryUpload(_ l: PortalLanguage) -> String { "/\(l.rawValue)/supplier/entry/upload" }
    /// GET: one's own form, prefilled (ODS), and one's own entry (XML).
    public static func entryForm(_ l: PortalLanguage) -> String { "/\(l.rawValue)/supplier/entry/form.ods" }
    public static func entryXML(_ l: PortalLanguage) -> String { "/\(l.rawValue)/supplier/entry/entry.xml" }
    /// The supplier's submissions: status, reviewer's comments, history.
    public static func submissions(_ l: PortalLanguage) -> String { "/\(l.rawValue)/supplier/submissions" }
    public static func withdraw(_ l: PortalLanguage, _ id: some CustomStringConvertible) -> String { "/\(l.rawValue)/supplier/submissions/\(id)/withdraw" }

    // MARK: The staff's side
    /// `?supplier=&kind=new|update`
    public static func queue(_ l: PortalLanguage) -> String { "/\(l.rawValue)/staff/queue" }
    public static func submission(_ l: PortalLanguage, _ id: some CustomStringConvertible) -> String { "/\(l.rawValue)/staff/submissions/\(id)" }
    public static func claim(_ l: PortalLanguage, _ id: some CustomStringConvertible) -> String { "/\(l.rawValue)/staff/submissions/\(id)/claim" }
    public static func approve(_ l: PortalLanguage, _ id: some CustomStringConvertible) -> String { "/\(l.rawValue)/staff/submissions/\(id)/approve" }
    public static func reject(_ l: PortalLanguage, _ id: some CustomStringConvertible) -> String { "/\(l.rawValue)/staff/submissions/\(id)/reject" }
    /// The entry form for a supplier, filled by staff on the supplier's behalf.
    public static func editOnBehalf(_ l: PortalLanguage, _ supplierID: some CustomStringConvertible) -> String { "/\(l.rawValue)/staff/entries/\(supplierID)" }
    public static func followUp(_ l: PortalLanguage) -> String { "/\(l.rawValue)/staff/follow-up" }
    public static func auditLog(_ l: PortalLanguage) -> String { "/\(l.rawValue)/staff/audit" }
    public static func accounts(_ l: PortalLanguage) -> String { "/\(l.rawValue)/staff/accounts" }
    /// POST: a new invitation (email, role, supplier id).
    public static func invite(_ l: PortalLanguage) -> String { "/\(l.rawValue)/staff/accounts/invite" }
    public static func disableAccount(_ l: PortalLanguage, _ id: some CustomStringConvertible) -> String { "/\(l.rawValue)/staff/accounts/\(id)/disable" }

    /// The name of the hidden field every state-changing form carries.
    public static let csrfField = "csrf"
}
