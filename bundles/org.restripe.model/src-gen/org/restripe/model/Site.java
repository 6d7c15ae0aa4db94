/**
 */
package org.restripe.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One client data storage system: everything the engineer may reconfigure at one customer location.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.Site#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.restripe.model.Site#getSubsystems <em>Subsystems</em>}</li>
 *   <li>{@link org.restripe.model.Site#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.restripe.model.Site#getLans <em>Lans</em>}</li>
 *   <li>{@link org.restripe.model.Site#getManagementHost <em>Management Host</em>}</li>
 *   <li>{@link org.restripe.model.Site#getModem <em>Modem</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getSite()
 * @model
 * @generated
 */
public interface Site extends Identified {
	/**
	 * Returns the value of the '<em><b>Customer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer</em>' attribute.
	 * @see #setCustomer(String)
	 * @see org.restripe.model.RestripePackage#getSite_Customer()
	 * @model
	 * @generated
	 */
	String getCustomer();

	/**
	 * Sets the value of the '{@link org.restripe.model.Site#getCustomer <em>Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' attribute.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(String value);

	/**
	 * Returns the value of the '<em><b>Subsystems</b></em>' containment reference list.
	 * The list contents are of type {@link org.restripe.model.Subsystem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subsystems</em>' containment reference list.
	 * @see org.restripe.model.RestripePackage#getSite_Subsystems()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subsystem> getSubsystems();

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link org.restripe.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see org.restripe.model.RestripePackage#getSite_Hosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Host> getHosts();

	/**
	 * Returns the value of the '<em><b>Lans</b></em>' containment reference list.
	 * The list contents are of type {@link org.restripe.model.Lan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lans</em>' containment reference list.
	 * @see org.restripe.model.RestripePackage#getSite_Lans()
	 * @model containment="true"
	 * @generated
	 */
	EList<Lan> getLans();

	/**
	 * Returns the value of the '<em><b>Management Host</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The storage management host the engineer dials into.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Management Host</em>' containment reference.
	 * @see #setManagementHost(ManagementHost)
	 * @see org.restripe.model.RestripePackage#getSite_ManagementHost()
	 * @model containment="true"
	 * @generated
	 */
	ManagementHost getManagementHost();

	/**
	 * Sets the value of the '{@link org.restripe.model.Site#getManagementHost <em>Management Host</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Management Host</em>' containment reference.
	 * @see #getManagementHost()
	 * @generated
	 */
	void setManagementHost(ManagementHost value);

	/**
	 * Returns the value of the '<em><b>Modem</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modem</em>' containment reference.
	 * @see #setModem(DialbackModem)
	 * @see org.restripe.model.RestripePackage#getSite_Modem()
	 * @model containment="true"
	 * @generated
	 */
	DialbackModem getModem();

	/**
	 * Sets the value of the '{@link org.restripe.model.Site#getModem <em>Modem</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modem</em>' containment reference.
	 * @see #getModem()
	 * @generated
	 */
	void setModem(DialbackModem value);

} // Site
