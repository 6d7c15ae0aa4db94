/**
 */
package org.restripe.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.restripe.model.RestripeFactory
 * @model kind="package"
 * @generated
 */
public interface RestripePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.restripe.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "restripe";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RestripePackage eINSTANCE = org.restripe.model.impl.RestripePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.IdentifiedImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__NAME = 1;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.DiagramElementImpl <em>Diagram Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.DiagramElementImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getDiagramElement()
	 * @generated
	 */
	int DIAGRAM_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT__X = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT__Y = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT__WIDTH = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT__HEIGHT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Diagram Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Diagram Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.SiteImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getSite()
	 * @generated
	 */
	int SITE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CUSTOMER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subsystems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__SUBSYSTEMS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__HOSTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Lans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__LANS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Management Host</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__MANAGEMENT_HOST = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Modem</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__MODEM = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.SubsystemImpl <em>Subsystem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.SubsystemImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getSubsystem()
	 * @generated
	 */
	int SUBSYSTEM = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__ID = DIAGRAM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__NAME = DIAGRAM_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__X = DIAGRAM_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__Y = DIAGRAM_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__WIDTH = DIAGRAM_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__HEIGHT = DIAGRAM_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__HOSTS = DIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Storage Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__STORAGE_UNITS = DIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Subsystem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Subsystem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM_OPERATION_COUNT = DIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.HostImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getHost()
	 * @generated
	 */
	int HOST = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ID = DIAGRAM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = DIAGRAM_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__X = DIAGRAM_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__Y = DIAGRAM_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__WIDTH = DIAGRAM_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__HEIGHT = DIAGRAM_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__OPERATING_SYSTEM = DIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mainframe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__MAINFRAME = DIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Lans</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__LANS = DIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Hba Wwns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__HBA_WWNS = DIAGRAM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = DIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.LanImpl <em>Lan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.LanImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getLan()
	 * @generated
	 */
	int LAN = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__ID = DIAGRAM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__NAME = DIAGRAM_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__X = DIAGRAM_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__Y = DIAGRAM_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__WIDTH = DIAGRAM_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__HEIGHT = DIAGRAM_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__NETWORK = DIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Lan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Lan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN_OPERATION_COUNT = DIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.ManagementHostImpl <em>Management Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.ManagementHostImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getManagementHost()
	 * @generated
	 */
	int MANAGEMENT_HOST = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_HOST__ID = DIAGRAM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_HOST__NAME = DIAGRAM_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_HOST__X = DIAGRAM_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_HOST__Y = DIAGRAM_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_HOST__WIDTH = DIAGRAM_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_HOST__HEIGHT = DIAGRAM_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_HOST__ADDRESS = DIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lans</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_HOST__LANS = DIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Serial Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_HOST__SERIAL_PORTS = DIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Management Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_HOST_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Management Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_HOST_OPERATION_COUNT = DIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.SerialPortImpl <em>Serial Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.SerialPortImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getSerialPort()
	 * @generated
	 */
	int SERIAL_PORT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIAL_PORT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIAL_PORT__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIAL_PORT__DEVICE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Baud Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIAL_PORT__BAUD_RATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Console</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIAL_PORT__CONSOLE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Serial Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIAL_PORT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Serial Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIAL_PORT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.DialbackModemImpl <em>Dialback Modem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.DialbackModemImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getDialbackModem()
	 * @generated
	 */
	int DIALBACK_MODEM = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIALBACK_MODEM__ID = DIAGRAM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIALBACK_MODEM__NAME = DIAGRAM_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIALBACK_MODEM__X = DIAGRAM_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIALBACK_MODEM__Y = DIAGRAM_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIALBACK_MODEM__WIDTH = DIAGRAM_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIALBACK_MODEM__HEIGHT = DIAGRAM_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIALBACK_MODEM__NUMBER = DIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Callback Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIALBACK_MODEM__CALLBACK_NUMBER = DIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Dialback Modem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIALBACK_MODEM_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Dialback Modem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIALBACK_MODEM_OPERATION_COUNT = DIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.StorageUnitImpl <em>Storage Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.StorageUnitImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getStorageUnit()
	 * @generated
	 */
	int STORAGE_UNIT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__ID = DIAGRAM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__NAME = DIAGRAM_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__X = DIAGRAM_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__Y = DIAGRAM_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__WIDTH = DIAGRAM_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__HEIGHT = DIAGRAM_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Catalog Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__CATALOG_MODEL = DIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__FIRMWARE = DIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__ADDRESS = DIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Volume Slicing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__VOLUME_SLICING = DIAGRAM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Trays</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__TRAYS = DIAGRAM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Volumes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__VOLUMES = DIAGRAM_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Luns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__LUNS = DIAGRAM_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__MAPPINGS = DIAGRAM_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__PORTS = DIAGRAM_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Ckd Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__CKD_DEVICES = DIAGRAM_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Cache</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__CACHE = DIAGRAM_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Raw Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__RAW_CAPACITY = DIAGRAM_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Usable Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT__USABLE_CAPACITY = DIAGRAM_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Storage Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Storage Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_UNIT_OPERATION_COUNT = DIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.TrayImpl <em>Tray</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.TrayImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getTray()
	 * @generated
	 */
	int TRAY = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAY__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAY__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Disks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAY__DISKS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Tray</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Tray</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.DiskImpl <em>Disk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.DiskImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getDisk()
	 * @generated
	 */
	int DISK = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__SLOT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__SIZE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__ROLE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__STATUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.VolumeImpl <em>Volume</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.VolumeImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getVolume()
	 * @generated
	 */
	int VOLUME = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Raid Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__RAID_LEVEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Data Disks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__DATA_DISKS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Standby</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__STANDBY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__STATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__OPERATION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__PROGRESS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__CAPACITY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.LunImpl <em>Lun</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.LunImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getLun()
	 * @generated
	 */
	int LUN = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN__SIZE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN__VOLUME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Lun</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Lun</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.LunMappingImpl <em>Lun Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.LunMappingImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getLunMapping()
	 * @generated
	 */
	int LUN_MAPPING = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN_MAPPING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN_MAPPING__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Lun</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN_MAPPING__LUN = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN_MAPPING__HOST = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Lun Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN_MAPPING__LUN_NUMBER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Port</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN_MAPPING__PORT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Lun Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN_MAPPING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Lun Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LUN_MAPPING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.CacheSettingsImpl <em>Cache Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.CacheSettingsImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getCacheSettings()
	 * @generated
	 */
	int CACHE_SETTINGS = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Block Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__BLOCK_SIZE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cache Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__CACHE_MODE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mirror</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__MIRROR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Read Ahead</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__READ_AHEAD = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Recon Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__RECON_RATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Multipath</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__MULTIPATH = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Cache Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Cache Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.PortImpl <em>Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.PortImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getPort()
	 * @generated
	 */
	int PORT = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__ADDRESS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__HOST = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.impl.CkdDeviceImpl <em>Ckd Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.impl.CkdDeviceImpl
	 * @see org.restripe.model.impl.RestripePackageImpl#getCkdDevice()
	 * @generated
	 */
	int CKD_DEVICE = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CKD_DEVICE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CKD_DEVICE__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Device Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CKD_DEVICE__DEVICE_TYPE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Device Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CKD_DEVICE__DEVICE_NUMBER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CKD_DEVICE__VOLUME = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cylinders</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CKD_DEVICE__CYLINDERS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CKD_DEVICE__CAPACITY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Ckd Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CKD_DEVICE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Ckd Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CKD_DEVICE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.restripe.model.RaidLevel <em>Raid Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.RaidLevel
	 * @see org.restripe.model.impl.RestripePackageImpl#getRaidLevel()
	 * @generated
	 */
	int RAID_LEVEL = 18;

	/**
	 * The meta object id for the '{@link org.restripe.model.DiskRole <em>Disk Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.DiskRole
	 * @see org.restripe.model.impl.RestripePackageImpl#getDiskRole()
	 * @generated
	 */
	int DISK_ROLE = 19;

	/**
	 * The meta object id for the '{@link org.restripe.model.FruStatus <em>Fru Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.FruStatus
	 * @see org.restripe.model.impl.RestripePackageImpl#getFruStatus()
	 * @generated
	 */
	int FRU_STATUS = 20;

	/**
	 * The meta object id for the '{@link org.restripe.model.VolumeState <em>Volume State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.VolumeState
	 * @see org.restripe.model.impl.RestripePackageImpl#getVolumeState()
	 * @generated
	 */
	int VOLUME_STATE = 21;

	/**
	 * The meta object id for the '{@link org.restripe.model.VolumeOperation <em>Volume Operation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.VolumeOperation
	 * @see org.restripe.model.impl.RestripePackageImpl#getVolumeOperation()
	 * @generated
	 */
	int VOLUME_OPERATION = 22;

	/**
	 * The meta object id for the '{@link org.restripe.model.BlockSize <em>Block Size</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.BlockSize
	 * @see org.restripe.model.impl.RestripePackageImpl#getBlockSize()
	 * @generated
	 */
	int BLOCK_SIZE = 23;

	/**
	 * The meta object id for the '{@link org.restripe.model.CacheMode <em>Cache Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.CacheMode
	 * @see org.restripe.model.impl.RestripePackageImpl#getCacheMode()
	 * @generated
	 */
	int CACHE_MODE = 24;

	/**
	 * The meta object id for the '{@link org.restripe.model.MirrorMode <em>Mirror Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.MirrorMode
	 * @see org.restripe.model.impl.RestripePackageImpl#getMirrorMode()
	 * @generated
	 */
	int MIRROR_MODE = 25;

	/**
	 * The meta object id for the '{@link org.restripe.model.ReconRate <em>Recon Rate</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.ReconRate
	 * @see org.restripe.model.impl.RestripePackageImpl#getReconRate()
	 * @generated
	 */
	int RECON_RATE = 26;

	/**
	 * The meta object id for the '{@link org.restripe.model.MultipathMode <em>Multipath Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.MultipathMode
	 * @see org.restripe.model.impl.RestripePackageImpl#getMultipathMode()
	 * @generated
	 */
	int MULTIPATH_MODE = 27;

	/**
	 * The meta object id for the '{@link org.restripe.model.ChannelKind <em>Channel Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.ChannelKind
	 * @see org.restripe.model.impl.RestripePackageImpl#getChannelKind()
	 * @generated
	 */
	int CHANNEL_KIND = 28;

	/**
	 * The meta object id for the '{@link org.restripe.model.CkdType <em>Ckd Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.CkdType
	 * @see org.restripe.model.impl.RestripePackageImpl#getCkdType()
	 * @generated
	 */
	int CKD_TYPE = 29;

	/**
	 * The meta object id for the '{@link org.restripe.model.ChangeKind <em>Change Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.ChangeKind
	 * @see org.restripe.model.impl.RestripePackageImpl#getChangeKind()
	 * @generated
	 */
	int CHANGE_KIND = 30;

	/**
	 * The meta object id for the '{@link org.restripe.model.ServiceLevel <em>Service Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.restripe.model.ServiceLevel
	 * @see org.restripe.model.impl.RestripePackageImpl#getServiceLevel()
	 * @generated
	 */
	int SERVICE_LEVEL = 31;


	/**
	 * Returns the meta object for class '{@link org.restripe.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.restripe.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.restripe.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Identified#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.restripe.model.Identified#getName()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Name();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.DiagramElement <em>Diagram Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Element</em>'.
	 * @see org.restripe.model.DiagramElement
	 * @generated
	 */
	EClass getDiagramElement();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.DiagramElement#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.restripe.model.DiagramElement#getX()
	 * @see #getDiagramElement()
	 * @generated
	 */
	EAttribute getDiagramElement_X();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.DiagramElement#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.restripe.model.DiagramElement#getY()
	 * @see #getDiagramElement()
	 * @generated
	 */
	EAttribute getDiagramElement_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.DiagramElement#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.restripe.model.DiagramElement#getWidth()
	 * @see #getDiagramElement()
	 * @generated
	 */
	EAttribute getDiagramElement_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.DiagramElement#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.restripe.model.DiagramElement#getHeight()
	 * @see #getDiagramElement()
	 * @generated
	 */
	EAttribute getDiagramElement_Height();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.restripe.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Site#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer</em>'.
	 * @see org.restripe.model.Site#getCustomer()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Customer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.restripe.model.Site#getSubsystems <em>Subsystems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subsystems</em>'.
	 * @see org.restripe.model.Site#getSubsystems()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Subsystems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.restripe.model.Site#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see org.restripe.model.Site#getHosts()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Hosts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.restripe.model.Site#getLans <em>Lans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lans</em>'.
	 * @see org.restripe.model.Site#getLans()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Lans();

	/**
	 * Returns the meta object for the containment reference '{@link org.restripe.model.Site#getManagementHost <em>Management Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Management Host</em>'.
	 * @see org.restripe.model.Site#getManagementHost()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_ManagementHost();

	/**
	 * Returns the meta object for the containment reference '{@link org.restripe.model.Site#getModem <em>Modem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Modem</em>'.
	 * @see org.restripe.model.Site#getModem()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Modem();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.Subsystem <em>Subsystem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subsystem</em>'.
	 * @see org.restripe.model.Subsystem
	 * @generated
	 */
	EClass getSubsystem();

	/**
	 * Returns the meta object for the reference list '{@link org.restripe.model.Subsystem#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hosts</em>'.
	 * @see org.restripe.model.Subsystem#getHosts()
	 * @see #getSubsystem()
	 * @generated
	 */
	EReference getSubsystem_Hosts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.restripe.model.Subsystem#getStorageUnits <em>Storage Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Storage Units</em>'.
	 * @see org.restripe.model.Subsystem#getStorageUnits()
	 * @see #getSubsystem()
	 * @generated
	 */
	EReference getSubsystem_StorageUnits();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see org.restripe.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Host#getOperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operating System</em>'.
	 * @see org.restripe.model.Host#getOperatingSystem()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_OperatingSystem();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Host#isMainframe <em>Mainframe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mainframe</em>'.
	 * @see org.restripe.model.Host#isMainframe()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Mainframe();

	/**
	 * Returns the meta object for the reference list '{@link org.restripe.model.Host#getLans <em>Lans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Lans</em>'.
	 * @see org.restripe.model.Host#getLans()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Lans();

	/**
	 * Returns the meta object for the attribute list '{@link org.restripe.model.Host#getHbaWwns <em>Hba Wwns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hba Wwns</em>'.
	 * @see org.restripe.model.Host#getHbaWwns()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_HbaWwns();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.Lan <em>Lan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lan</em>'.
	 * @see org.restripe.model.Lan
	 * @generated
	 */
	EClass getLan();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Lan#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network</em>'.
	 * @see org.restripe.model.Lan#getNetwork()
	 * @see #getLan()
	 * @generated
	 */
	EAttribute getLan_Network();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.ManagementHost <em>Management Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Management Host</em>'.
	 * @see org.restripe.model.ManagementHost
	 * @generated
	 */
	EClass getManagementHost();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.ManagementHost#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.restripe.model.ManagementHost#getAddress()
	 * @see #getManagementHost()
	 * @generated
	 */
	EAttribute getManagementHost_Address();

	/**
	 * Returns the meta object for the reference list '{@link org.restripe.model.ManagementHost#getLans <em>Lans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Lans</em>'.
	 * @see org.restripe.model.ManagementHost#getLans()
	 * @see #getManagementHost()
	 * @generated
	 */
	EReference getManagementHost_Lans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.restripe.model.ManagementHost#getSerialPorts <em>Serial Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Serial Ports</em>'.
	 * @see org.restripe.model.ManagementHost#getSerialPorts()
	 * @see #getManagementHost()
	 * @generated
	 */
	EReference getManagementHost_SerialPorts();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.SerialPort <em>Serial Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Serial Port</em>'.
	 * @see org.restripe.model.SerialPort
	 * @generated
	 */
	EClass getSerialPort();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.SerialPort#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.restripe.model.SerialPort#getDevice()
	 * @see #getSerialPort()
	 * @generated
	 */
	EAttribute getSerialPort_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.SerialPort#getBaudRate <em>Baud Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baud Rate</em>'.
	 * @see org.restripe.model.SerialPort#getBaudRate()
	 * @see #getSerialPort()
	 * @generated
	 */
	EAttribute getSerialPort_BaudRate();

	/**
	 * Returns the meta object for the reference '{@link org.restripe.model.SerialPort#getConsole <em>Console</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Console</em>'.
	 * @see org.restripe.model.SerialPort#getConsole()
	 * @see #getSerialPort()
	 * @generated
	 */
	EReference getSerialPort_Console();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.DialbackModem <em>Dialback Modem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dialback Modem</em>'.
	 * @see org.restripe.model.DialbackModem
	 * @generated
	 */
	EClass getDialbackModem();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.DialbackModem#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.restripe.model.DialbackModem#getNumber()
	 * @see #getDialbackModem()
	 * @generated
	 */
	EAttribute getDialbackModem_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.DialbackModem#getCallbackNumber <em>Callback Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Callback Number</em>'.
	 * @see org.restripe.model.DialbackModem#getCallbackNumber()
	 * @see #getDialbackModem()
	 * @generated
	 */
	EAttribute getDialbackModem_CallbackNumber();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.StorageUnit <em>Storage Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Unit</em>'.
	 * @see org.restripe.model.StorageUnit
	 * @generated
	 */
	EClass getStorageUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.StorageUnit#getCatalogModel <em>Catalog Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Catalog Model</em>'.
	 * @see org.restripe.model.StorageUnit#getCatalogModel()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EAttribute getStorageUnit_CatalogModel();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.StorageUnit#getFirmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware</em>'.
	 * @see org.restripe.model.StorageUnit#getFirmware()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EAttribute getStorageUnit_Firmware();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.StorageUnit#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.restripe.model.StorageUnit#getAddress()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EAttribute getStorageUnit_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.StorageUnit#isVolumeSlicing <em>Volume Slicing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Slicing</em>'.
	 * @see org.restripe.model.StorageUnit#isVolumeSlicing()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EAttribute getStorageUnit_VolumeSlicing();

	/**
	 * Returns the meta object for the containment reference list '{@link org.restripe.model.StorageUnit#getTrays <em>Trays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trays</em>'.
	 * @see org.restripe.model.StorageUnit#getTrays()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EReference getStorageUnit_Trays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.restripe.model.StorageUnit#getVolumes <em>Volumes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Volumes</em>'.
	 * @see org.restripe.model.StorageUnit#getVolumes()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EReference getStorageUnit_Volumes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.restripe.model.StorageUnit#getLuns <em>Luns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Luns</em>'.
	 * @see org.restripe.model.StorageUnit#getLuns()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EReference getStorageUnit_Luns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.restripe.model.StorageUnit#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mappings</em>'.
	 * @see org.restripe.model.StorageUnit#getMappings()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EReference getStorageUnit_Mappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.restripe.model.StorageUnit#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see org.restripe.model.StorageUnit#getPorts()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EReference getStorageUnit_Ports();

	/**
	 * Returns the meta object for the containment reference list '{@link org.restripe.model.StorageUnit#getCkdDevices <em>Ckd Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ckd Devices</em>'.
	 * @see org.restripe.model.StorageUnit#getCkdDevices()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EReference getStorageUnit_CkdDevices();

	/**
	 * Returns the meta object for the containment reference '{@link org.restripe.model.StorageUnit#getCache <em>Cache</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cache</em>'.
	 * @see org.restripe.model.StorageUnit#getCache()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EReference getStorageUnit_Cache();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.StorageUnit#getRawCapacity <em>Raw Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raw Capacity</em>'.
	 * @see org.restripe.model.StorageUnit#getRawCapacity()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EAttribute getStorageUnit_RawCapacity();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.StorageUnit#getUsableCapacity <em>Usable Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Usable Capacity</em>'.
	 * @see org.restripe.model.StorageUnit#getUsableCapacity()
	 * @see #getStorageUnit()
	 * @generated
	 */
	EAttribute getStorageUnit_UsableCapacity();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.Tray <em>Tray</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tray</em>'.
	 * @see org.restripe.model.Tray
	 * @generated
	 */
	EClass getTray();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Tray#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.restripe.model.Tray#getNumber()
	 * @see #getTray()
	 * @generated
	 */
	EAttribute getTray_Number();

	/**
	 * Returns the meta object for the containment reference list '{@link org.restripe.model.Tray#getDisks <em>Disks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Disks</em>'.
	 * @see org.restripe.model.Tray#getDisks()
	 * @see #getTray()
	 * @generated
	 */
	EReference getTray_Disks();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.Disk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk</em>'.
	 * @see org.restripe.model.Disk
	 * @generated
	 */
	EClass getDisk();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Disk#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see org.restripe.model.Disk#getSlot()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Slot();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Disk#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.restripe.model.Disk#getSize()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Disk#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.restripe.model.Disk#getRole()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Disk#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.restripe.model.Disk#getStatus()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Status();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.Volume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume</em>'.
	 * @see org.restripe.model.Volume
	 * @generated
	 */
	EClass getVolume();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Volume#getRaidLevel <em>Raid Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raid Level</em>'.
	 * @see org.restripe.model.Volume#getRaidLevel()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_RaidLevel();

	/**
	 * Returns the meta object for the reference list '{@link org.restripe.model.Volume#getDataDisks <em>Data Disks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Data Disks</em>'.
	 * @see org.restripe.model.Volume#getDataDisks()
	 * @see #getVolume()
	 * @generated
	 */
	EReference getVolume_DataDisks();

	/**
	 * Returns the meta object for the reference '{@link org.restripe.model.Volume#getStandby <em>Standby</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Standby</em>'.
	 * @see org.restripe.model.Volume#getStandby()
	 * @see #getVolume()
	 * @generated
	 */
	EReference getVolume_Standby();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Volume#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.restripe.model.Volume#getState()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_State();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Volume#getOperation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation</em>'.
	 * @see org.restripe.model.Volume#getOperation()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Operation();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Volume#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress</em>'.
	 * @see org.restripe.model.Volume#getProgress()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Progress();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Volume#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see org.restripe.model.Volume#getCapacity()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Capacity();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.Lun <em>Lun</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lun</em>'.
	 * @see org.restripe.model.Lun
	 * @generated
	 */
	EClass getLun();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Lun#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.restripe.model.Lun#getSize()
	 * @see #getLun()
	 * @generated
	 */
	EAttribute getLun_Size();

	/**
	 * Returns the meta object for the reference '{@link org.restripe.model.Lun#getVolume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Volume</em>'.
	 * @see org.restripe.model.Lun#getVolume()
	 * @see #getLun()
	 * @generated
	 */
	EReference getLun_Volume();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.LunMapping <em>Lun Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lun Mapping</em>'.
	 * @see org.restripe.model.LunMapping
	 * @generated
	 */
	EClass getLunMapping();

	/**
	 * Returns the meta object for the reference '{@link org.restripe.model.LunMapping#getLun <em>Lun</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lun</em>'.
	 * @see org.restripe.model.LunMapping#getLun()
	 * @see #getLunMapping()
	 * @generated
	 */
	EReference getLunMapping_Lun();

	/**
	 * Returns the meta object for the reference '{@link org.restripe.model.LunMapping#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see org.restripe.model.LunMapping#getHost()
	 * @see #getLunMapping()
	 * @generated
	 */
	EReference getLunMapping_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.LunMapping#getLunNumber <em>Lun Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lun Number</em>'.
	 * @see org.restripe.model.LunMapping#getLunNumber()
	 * @see #getLunMapping()
	 * @generated
	 */
	EAttribute getLunMapping_LunNumber();

	/**
	 * Returns the meta object for the reference '{@link org.restripe.model.LunMapping#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Port</em>'.
	 * @see org.restripe.model.LunMapping#getPort()
	 * @see #getLunMapping()
	 * @generated
	 */
	EReference getLunMapping_Port();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.CacheSettings <em>Cache Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cache Settings</em>'.
	 * @see org.restripe.model.CacheSettings
	 * @generated
	 */
	EClass getCacheSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.CacheSettings#getBlockSize <em>Block Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Block Size</em>'.
	 * @see org.restripe.model.CacheSettings#getBlockSize()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_BlockSize();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.CacheSettings#getCacheMode <em>Cache Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cache Mode</em>'.
	 * @see org.restripe.model.CacheSettings#getCacheMode()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_CacheMode();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.CacheSettings#getMirror <em>Mirror</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mirror</em>'.
	 * @see org.restripe.model.CacheSettings#getMirror()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_Mirror();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.CacheSettings#isReadAhead <em>Read Ahead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Ahead</em>'.
	 * @see org.restripe.model.CacheSettings#isReadAhead()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_ReadAhead();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.CacheSettings#getReconRate <em>Recon Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recon Rate</em>'.
	 * @see org.restripe.model.CacheSettings#getReconRate()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_ReconRate();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.CacheSettings#getMultipath <em>Multipath</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multipath</em>'.
	 * @see org.restripe.model.CacheSettings#getMultipath()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_Multipath();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.Port <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port</em>'.
	 * @see org.restripe.model.Port
	 * @generated
	 */
	EClass getPort();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Port#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.restripe.model.Port#getKind()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.Port#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.restripe.model.Port#getAddress()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Address();

	/**
	 * Returns the meta object for the reference '{@link org.restripe.model.Port#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see org.restripe.model.Port#getHost()
	 * @see #getPort()
	 * @generated
	 */
	EReference getPort_Host();

	/**
	 * Returns the meta object for class '{@link org.restripe.model.CkdDevice <em>Ckd Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ckd Device</em>'.
	 * @see org.restripe.model.CkdDevice
	 * @generated
	 */
	EClass getCkdDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.CkdDevice#getDeviceType <em>Device Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Type</em>'.
	 * @see org.restripe.model.CkdDevice#getDeviceType()
	 * @see #getCkdDevice()
	 * @generated
	 */
	EAttribute getCkdDevice_DeviceType();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.CkdDevice#getDeviceNumber <em>Device Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Number</em>'.
	 * @see org.restripe.model.CkdDevice#getDeviceNumber()
	 * @see #getCkdDevice()
	 * @generated
	 */
	EAttribute getCkdDevice_DeviceNumber();

	/**
	 * Returns the meta object for the reference '{@link org.restripe.model.CkdDevice#getVolume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Volume</em>'.
	 * @see org.restripe.model.CkdDevice#getVolume()
	 * @see #getCkdDevice()
	 * @generated
	 */
	EReference getCkdDevice_Volume();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.CkdDevice#getCylinders <em>Cylinders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cylinders</em>'.
	 * @see org.restripe.model.CkdDevice#getCylinders()
	 * @see #getCkdDevice()
	 * @generated
	 */
	EAttribute getCkdDevice_Cylinders();

	/**
	 * Returns the meta object for the attribute '{@link org.restripe.model.CkdDevice#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see org.restripe.model.CkdDevice#getCapacity()
	 * @see #getCkdDevice()
	 * @generated
	 */
	EAttribute getCkdDevice_Capacity();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.RaidLevel <em>Raid Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Raid Level</em>'.
	 * @see org.restripe.model.RaidLevel
	 * @generated
	 */
	EEnum getRaidLevel();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.DiskRole <em>Disk Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disk Role</em>'.
	 * @see org.restripe.model.DiskRole
	 * @generated
	 */
	EEnum getDiskRole();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.FruStatus <em>Fru Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fru Status</em>'.
	 * @see org.restripe.model.FruStatus
	 * @generated
	 */
	EEnum getFruStatus();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.VolumeState <em>Volume State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Volume State</em>'.
	 * @see org.restripe.model.VolumeState
	 * @generated
	 */
	EEnum getVolumeState();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.VolumeOperation <em>Volume Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Volume Operation</em>'.
	 * @see org.restripe.model.VolumeOperation
	 * @generated
	 */
	EEnum getVolumeOperation();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.BlockSize <em>Block Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Block Size</em>'.
	 * @see org.restripe.model.BlockSize
	 * @generated
	 */
	EEnum getBlockSize();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.CacheMode <em>Cache Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cache Mode</em>'.
	 * @see org.restripe.model.CacheMode
	 * @generated
	 */
	EEnum getCacheMode();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.MirrorMode <em>Mirror Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mirror Mode</em>'.
	 * @see org.restripe.model.MirrorMode
	 * @generated
	 */
	EEnum getMirrorMode();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.ReconRate <em>Recon Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recon Rate</em>'.
	 * @see org.restripe.model.ReconRate
	 * @generated
	 */
	EEnum getReconRate();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.MultipathMode <em>Multipath Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Multipath Mode</em>'.
	 * @see org.restripe.model.MultipathMode
	 * @generated
	 */
	EEnum getMultipathMode();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.ChannelKind <em>Channel Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Kind</em>'.
	 * @see org.restripe.model.ChannelKind
	 * @generated
	 */
	EEnum getChannelKind();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.CkdType <em>Ckd Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ckd Type</em>'.
	 * @see org.restripe.model.CkdType
	 * @generated
	 */
	EEnum getCkdType();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.ChangeKind <em>Change Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Kind</em>'.
	 * @see org.restripe.model.ChangeKind
	 * @generated
	 */
	EEnum getChangeKind();

	/**
	 * Returns the meta object for enum '{@link org.restripe.model.ServiceLevel <em>Service Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Service Level</em>'.
	 * @see org.restripe.model.ServiceLevel
	 * @generated
	 */
	EEnum getServiceLevel();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RestripeFactory getRestripeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.IdentifiedImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__NAME = eINSTANCE.getIdentified_Name();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.DiagramElementImpl <em>Diagram Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.DiagramElementImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getDiagramElement()
		 * @generated
		 */
		EClass DIAGRAM_ELEMENT = eINSTANCE.getDiagramElement();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT__X = eINSTANCE.getDiagramElement_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT__Y = eINSTANCE.getDiagramElement_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT__WIDTH = eINSTANCE.getDiagramElement_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT__HEIGHT = eINSTANCE.getDiagramElement_Height();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.SiteImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__CUSTOMER = eINSTANCE.getSite_Customer();

		/**
		 * The meta object literal for the '<em><b>Subsystems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__SUBSYSTEMS = eINSTANCE.getSite_Subsystems();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__HOSTS = eINSTANCE.getSite_Hosts();

		/**
		 * The meta object literal for the '<em><b>Lans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__LANS = eINSTANCE.getSite_Lans();

		/**
		 * The meta object literal for the '<em><b>Management Host</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__MANAGEMENT_HOST = eINSTANCE.getSite_ManagementHost();

		/**
		 * The meta object literal for the '<em><b>Modem</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__MODEM = eINSTANCE.getSite_Modem();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.SubsystemImpl <em>Subsystem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.SubsystemImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getSubsystem()
		 * @generated
		 */
		EClass SUBSYSTEM = eINSTANCE.getSubsystem();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBSYSTEM__HOSTS = eINSTANCE.getSubsystem_Hosts();

		/**
		 * The meta object literal for the '<em><b>Storage Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBSYSTEM__STORAGE_UNITS = eINSTANCE.getSubsystem_StorageUnits();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.HostImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Operating System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__OPERATING_SYSTEM = eINSTANCE.getHost_OperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Mainframe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__MAINFRAME = eINSTANCE.getHost_Mainframe();

		/**
		 * The meta object literal for the '<em><b>Lans</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__LANS = eINSTANCE.getHost_Lans();

		/**
		 * The meta object literal for the '<em><b>Hba Wwns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__HBA_WWNS = eINSTANCE.getHost_HbaWwns();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.LanImpl <em>Lan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.LanImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getLan()
		 * @generated
		 */
		EClass LAN = eINSTANCE.getLan();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAN__NETWORK = eINSTANCE.getLan_Network();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.ManagementHostImpl <em>Management Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.ManagementHostImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getManagementHost()
		 * @generated
		 */
		EClass MANAGEMENT_HOST = eINSTANCE.getManagementHost();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_HOST__ADDRESS = eINSTANCE.getManagementHost_Address();

		/**
		 * The meta object literal for the '<em><b>Lans</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGEMENT_HOST__LANS = eINSTANCE.getManagementHost_Lans();

		/**
		 * The meta object literal for the '<em><b>Serial Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGEMENT_HOST__SERIAL_PORTS = eINSTANCE.getManagementHost_SerialPorts();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.SerialPortImpl <em>Serial Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.SerialPortImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getSerialPort()
		 * @generated
		 */
		EClass SERIAL_PORT = eINSTANCE.getSerialPort();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIAL_PORT__DEVICE = eINSTANCE.getSerialPort_Device();

		/**
		 * The meta object literal for the '<em><b>Baud Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIAL_PORT__BAUD_RATE = eINSTANCE.getSerialPort_BaudRate();

		/**
		 * The meta object literal for the '<em><b>Console</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERIAL_PORT__CONSOLE = eINSTANCE.getSerialPort_Console();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.DialbackModemImpl <em>Dialback Modem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.DialbackModemImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getDialbackModem()
		 * @generated
		 */
		EClass DIALBACK_MODEM = eINSTANCE.getDialbackModem();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIALBACK_MODEM__NUMBER = eINSTANCE.getDialbackModem_Number();

		/**
		 * The meta object literal for the '<em><b>Callback Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIALBACK_MODEM__CALLBACK_NUMBER = eINSTANCE.getDialbackModem_CallbackNumber();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.StorageUnitImpl <em>Storage Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.StorageUnitImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getStorageUnit()
		 * @generated
		 */
		EClass STORAGE_UNIT = eINSTANCE.getStorageUnit();

		/**
		 * The meta object literal for the '<em><b>Catalog Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_UNIT__CATALOG_MODEL = eINSTANCE.getStorageUnit_CatalogModel();

		/**
		 * The meta object literal for the '<em><b>Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_UNIT__FIRMWARE = eINSTANCE.getStorageUnit_Firmware();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_UNIT__ADDRESS = eINSTANCE.getStorageUnit_Address();

		/**
		 * The meta object literal for the '<em><b>Volume Slicing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_UNIT__VOLUME_SLICING = eINSTANCE.getStorageUnit_VolumeSlicing();

		/**
		 * The meta object literal for the '<em><b>Trays</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_UNIT__TRAYS = eINSTANCE.getStorageUnit_Trays();

		/**
		 * The meta object literal for the '<em><b>Volumes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_UNIT__VOLUMES = eINSTANCE.getStorageUnit_Volumes();

		/**
		 * The meta object literal for the '<em><b>Luns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_UNIT__LUNS = eINSTANCE.getStorageUnit_Luns();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_UNIT__MAPPINGS = eINSTANCE.getStorageUnit_Mappings();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_UNIT__PORTS = eINSTANCE.getStorageUnit_Ports();

		/**
		 * The meta object literal for the '<em><b>Ckd Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_UNIT__CKD_DEVICES = eINSTANCE.getStorageUnit_CkdDevices();

		/**
		 * The meta object literal for the '<em><b>Cache</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_UNIT__CACHE = eINSTANCE.getStorageUnit_Cache();

		/**
		 * The meta object literal for the '<em><b>Raw Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_UNIT__RAW_CAPACITY = eINSTANCE.getStorageUnit_RawCapacity();

		/**
		 * The meta object literal for the '<em><b>Usable Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_UNIT__USABLE_CAPACITY = eINSTANCE.getStorageUnit_UsableCapacity();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.TrayImpl <em>Tray</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.TrayImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getTray()
		 * @generated
		 */
		EClass TRAY = eINSTANCE.getTray();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAY__NUMBER = eINSTANCE.getTray_Number();

		/**
		 * The meta object literal for the '<em><b>Disks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAY__DISKS = eINSTANCE.getTray_Disks();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.DiskImpl <em>Disk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.DiskImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getDisk()
		 * @generated
		 */
		EClass DISK = eINSTANCE.getDisk();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__SLOT = eINSTANCE.getDisk_Slot();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__SIZE = eINSTANCE.getDisk_Size();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__ROLE = eINSTANCE.getDisk_Role();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__STATUS = eINSTANCE.getDisk_Status();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.VolumeImpl <em>Volume</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.VolumeImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getVolume()
		 * @generated
		 */
		EClass VOLUME = eINSTANCE.getVolume();

		/**
		 * The meta object literal for the '<em><b>Raid Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__RAID_LEVEL = eINSTANCE.getVolume_RaidLevel();

		/**
		 * The meta object literal for the '<em><b>Data Disks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME__DATA_DISKS = eINSTANCE.getVolume_DataDisks();

		/**
		 * The meta object literal for the '<em><b>Standby</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME__STANDBY = eINSTANCE.getVolume_Standby();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__STATE = eINSTANCE.getVolume_State();

		/**
		 * The meta object literal for the '<em><b>Operation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__OPERATION = eINSTANCE.getVolume_Operation();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__PROGRESS = eINSTANCE.getVolume_Progress();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__CAPACITY = eINSTANCE.getVolume_Capacity();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.LunImpl <em>Lun</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.LunImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getLun()
		 * @generated
		 */
		EClass LUN = eINSTANCE.getLun();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LUN__SIZE = eINSTANCE.getLun_Size();

		/**
		 * The meta object literal for the '<em><b>Volume</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LUN__VOLUME = eINSTANCE.getLun_Volume();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.LunMappingImpl <em>Lun Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.LunMappingImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getLunMapping()
		 * @generated
		 */
		EClass LUN_MAPPING = eINSTANCE.getLunMapping();

		/**
		 * The meta object literal for the '<em><b>Lun</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LUN_MAPPING__LUN = eINSTANCE.getLunMapping_Lun();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LUN_MAPPING__HOST = eINSTANCE.getLunMapping_Host();

		/**
		 * The meta object literal for the '<em><b>Lun Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LUN_MAPPING__LUN_NUMBER = eINSTANCE.getLunMapping_LunNumber();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LUN_MAPPING__PORT = eINSTANCE.getLunMapping_Port();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.CacheSettingsImpl <em>Cache Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.CacheSettingsImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getCacheSettings()
		 * @generated
		 */
		EClass CACHE_SETTINGS = eINSTANCE.getCacheSettings();

		/**
		 * The meta object literal for the '<em><b>Block Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__BLOCK_SIZE = eINSTANCE.getCacheSettings_BlockSize();

		/**
		 * The meta object literal for the '<em><b>Cache Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__CACHE_MODE = eINSTANCE.getCacheSettings_CacheMode();

		/**
		 * The meta object literal for the '<em><b>Mirror</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__MIRROR = eINSTANCE.getCacheSettings_Mirror();

		/**
		 * The meta object literal for the '<em><b>Read Ahead</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__READ_AHEAD = eINSTANCE.getCacheSettings_ReadAhead();

		/**
		 * The meta object literal for the '<em><b>Recon Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__RECON_RATE = eINSTANCE.getCacheSettings_ReconRate();

		/**
		 * The meta object literal for the '<em><b>Multipath</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__MULTIPATH = eINSTANCE.getCacheSettings_Multipath();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.PortImpl <em>Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.PortImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getPort()
		 * @generated
		 */
		EClass PORT = eINSTANCE.getPort();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__KIND = eINSTANCE.getPort_Kind();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__ADDRESS = eINSTANCE.getPort_Address();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORT__HOST = eINSTANCE.getPort_Host();

		/**
		 * The meta object literal for the '{@link org.restripe.model.impl.CkdDeviceImpl <em>Ckd Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.impl.CkdDeviceImpl
		 * @see org.restripe.model.impl.RestripePackageImpl#getCkdDevice()
		 * @generated
		 */
		EClass CKD_DEVICE = eINSTANCE.getCkdDevice();

		/**
		 * The meta object literal for the '<em><b>Device Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CKD_DEVICE__DEVICE_TYPE = eINSTANCE.getCkdDevice_DeviceType();

		/**
		 * The meta object literal for the '<em><b>Device Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CKD_DEVICE__DEVICE_NUMBER = eINSTANCE.getCkdDevice_DeviceNumber();

		/**
		 * The meta object literal for the '<em><b>Volume</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CKD_DEVICE__VOLUME = eINSTANCE.getCkdDevice_Volume();

		/**
		 * The meta object literal for the '<em><b>Cylinders</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CKD_DEVICE__CYLINDERS = eINSTANCE.getCkdDevice_Cylinders();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CKD_DEVICE__CAPACITY = eINSTANCE.getCkdDevice_Capacity();

		/**
		 * The meta object literal for the '{@link org.restripe.model.RaidLevel <em>Raid Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.RaidLevel
		 * @see org.restripe.model.impl.RestripePackageImpl#getRaidLevel()
		 * @generated
		 */
		EEnum RAID_LEVEL = eINSTANCE.getRaidLevel();

		/**
		 * The meta object literal for the '{@link org.restripe.model.DiskRole <em>Disk Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.DiskRole
		 * @see org.restripe.model.impl.RestripePackageImpl#getDiskRole()
		 * @generated
		 */
		EEnum DISK_ROLE = eINSTANCE.getDiskRole();

		/**
		 * The meta object literal for the '{@link org.restripe.model.FruStatus <em>Fru Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.FruStatus
		 * @see org.restripe.model.impl.RestripePackageImpl#getFruStatus()
		 * @generated
		 */
		EEnum FRU_STATUS = eINSTANCE.getFruStatus();

		/**
		 * The meta object literal for the '{@link org.restripe.model.VolumeState <em>Volume State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.VolumeState
		 * @see org.restripe.model.impl.RestripePackageImpl#getVolumeState()
		 * @generated
		 */
		EEnum VOLUME_STATE = eINSTANCE.getVolumeState();

		/**
		 * The meta object literal for the '{@link org.restripe.model.VolumeOperation <em>Volume Operation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.VolumeOperation
		 * @see org.restripe.model.impl.RestripePackageImpl#getVolumeOperation()
		 * @generated
		 */
		EEnum VOLUME_OPERATION = eINSTANCE.getVolumeOperation();

		/**
		 * The meta object literal for the '{@link org.restripe.model.BlockSize <em>Block Size</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.BlockSize
		 * @see org.restripe.model.impl.RestripePackageImpl#getBlockSize()
		 * @generated
		 */
		EEnum BLOCK_SIZE = eINSTANCE.getBlockSize();

		/**
		 * The meta object literal for the '{@link org.restripe.model.CacheMode <em>Cache Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.CacheMode
		 * @see org.restripe.model.impl.RestripePackageImpl#getCacheMode()
		 * @generated
		 */
		EEnum CACHE_MODE = eINSTANCE.getCacheMode();

		/**
		 * The meta object literal for the '{@link org.restripe.model.MirrorMode <em>Mirror Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.MirrorMode
		 * @see org.restripe.model.impl.RestripePackageImpl#getMirrorMode()
		 * @generated
		 */
		EEnum MIRROR_MODE = eINSTANCE.getMirrorMode();

		/**
		 * The meta object literal for the '{@link org.restripe.model.ReconRate <em>Recon Rate</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.ReconRate
		 * @see org.restripe.model.impl.RestripePackageImpl#getReconRate()
		 * @generated
		 */
		EEnum RECON_RATE = eINSTANCE.getReconRate();

		/**
		 * The meta object literal for the '{@link org.restripe.model.MultipathMode <em>Multipath Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.MultipathMode
		 * @see org.restripe.model.impl.RestripePackageImpl#getMultipathMode()
		 * @generated
		 */
		EEnum MULTIPATH_MODE = eINSTANCE.getMultipathMode();

		/**
		 * The meta object literal for the '{@link org.restripe.model.ChannelKind <em>Channel Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.ChannelKind
		 * @see org.restripe.model.impl.RestripePackageImpl#getChannelKind()
		 * @generated
		 */
		EEnum CHANNEL_KIND = eINSTANCE.getChannelKind();

		/**
		 * The meta object literal for the '{@link org.restripe.model.CkdType <em>Ckd Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.CkdType
		 * @see org.restripe.model.impl.RestripePackageImpl#getCkdType()
		 * @generated
		 */
		EEnum CKD_TYPE = eINSTANCE.getCkdType();

		/**
		 * The meta object literal for the '{@link org.restripe.model.ChangeKind <em>Change Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.ChangeKind
		 * @see org.restripe.model.impl.RestripePackageImpl#getChangeKind()
		 * @generated
		 */
		EEnum CHANGE_KIND = eINSTANCE.getChangeKind();

		/**
		 * The meta object literal for the '{@link org.restripe.model.ServiceLevel <em>Service Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.restripe.model.ServiceLevel
		 * @see org.restripe.model.impl.RestripePackageImpl#getServiceLevel()
		 * @generated
		 */
		EEnum SERVICE_LEVEL = eINSTANCE.getServiceLevel();

	}

} //RestripePackage
