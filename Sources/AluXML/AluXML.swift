/// The AluXML module. See README.md for its place in the design.
public enum AluXMLModule {}
