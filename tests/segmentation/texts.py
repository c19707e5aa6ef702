"""Texts several segmentation modules read: a plain council story's first paragraph in Spanish,
Italian and Portuguese, and an RNS announcement's head."""


LEDE_ES = ("El pleno del ayuntamiento aprobó el martes el presupuesto de la biblioteca municipal tras "
           "un largo debate sobre los horarios.\n\n")

LEDE_IT = ("Il consiglio comunale ha approvato martedì il bilancio della biblioteca dopo un lungo "
           "dibattito sugli orari di apertura.\n\n")

LEDE_PT = ("A câmara municipal aprovou na terça-feira o orçamento da biblioteca depois de um longo "
           "debate sobre os horários.\n\n")

RNS = ("Completion of Acquisition\n\n18 Dec 2009 09:04\n\nRNS Number : 3639E\nAcal PLC\n"
       "18 December 2009\n\nAcal plc (\"Acal\")\n\nCompletion of Acquisition\n\n"
       "Having received all necessary approvals, Acal today announces the completion of its "
       "acquisition of Financiere BFI Optilas SAS for a consideration of €10 million payable in "
       "cash.\n")
