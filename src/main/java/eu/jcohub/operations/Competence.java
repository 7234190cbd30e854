package eu.jcohub.operations;

/** Whether the operation is in exclusive EU competence or shared with the Member States (decides funding). */
public enum Competence { EXCLUSIVE_EU, SHARED }
